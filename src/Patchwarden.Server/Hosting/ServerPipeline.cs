using Microsoft.AspNetCore.Builder;
using Patchwarden.Server.Metrics;
using Patchwarden.Server.Problems;

namespace Patchwarden.Server.Hosting;

/// <summary>The middleware in order, and the endpoints.</summary>
public static class ServerPipeline
{
    public static WebApplication UsePatchwardenPipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestMetricsMiddleware>(); // Outermost, so it sees the final status of every request, errors included.
        app.UsePatchwardenProblems();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>(); // After routing: an endpoint may set its own limit.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthApi();
        app.MapMetricsApi();
        app.MapPatchwardenApi();
        return app;
    }
}
