using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Patchwarden.Server.Baselines;

/// <summary>Registers baselines' services: the start-up seeding of default baselines and the effective-baseline resolver.</summary>
public static class BaselinesServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenBaselines(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EffectiveBaselines>();
        services.AddHostedService<DefaultBaselineSeeder>();
        return services;
    }
}
