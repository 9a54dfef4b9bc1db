using Microsoft.Extensions.DependencyInjection;

namespace Patchwarden.Server.Metrics;

/// <summary>Registers the metrics registry and the server's standard metrics.</summary>
public static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenMetrics(this IServiceCollection services)
    {
        services.AddSingleton<MetricsRegistry>();
        services.AddSingleton<IServerMetrics, ServerMetrics>();
        return services;
    }
}
