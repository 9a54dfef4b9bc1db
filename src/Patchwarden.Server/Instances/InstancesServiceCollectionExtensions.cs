using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Patchwarden.Server.Instances;

/// <summary>Registers the instance views' services.</summary>
public static class InstancesServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenInstances(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PingThreshold>();
        return services;
    }
}
