using Microsoft.Extensions.DependencyInjection;

namespace Patchwarden.Server.Reevaluation;

/// <summary>Registers the background re-evaluation: the queue writers use and the worker that drains it.</summary>
public static class ReevaluationServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenReevaluation(this IServiceCollection services)
    {
        services.AddSingleton<ReevaluationQueue>();
        services.AddSingleton<IReevaluationQueue>(provider => provider.GetRequiredService<ReevaluationQueue>());
        services.AddHostedService<ReevaluationWorker>();
        return services;
    }
}
