using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Patchwarden.Server.Metrics;

/// <summary>Counts and times every request by method, route template and final status code.</summary>
public sealed class RequestMetricsMiddleware(RequestDelegate next, IServerMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // The template, not the path: ids in paths would make one series per instance.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } template
                ? (template.Length > 1 ? template.TrimEnd('/') : template) // A group's own route ends in '/'; the path people call does not.
                : "unmatched";
            metrics.RequestCompleted(context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
    }
}
