using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Patchwarden.Server.Metrics;

/// <summary><c>/metrics</c>: every metric in the Prometheus text format, for scrapers (no token, like <c>/healthz</c>).</summary>
public static class MetricsApi
{
    public static RouteGroupBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/metrics").WithTags("Operations").AllowAnonymous();
        group.MapGet("", (MetricsRegistry registry) => TypedResults.Text(registry.Render(), MetricsRegistry.ContentType))
            .WithName("GetMetrics")
            .WithSummary("Request counts and durations, report ingestion, store timings and heartbeats in the Prometheus text format.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return group;
    }
}
