using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Auth;

namespace Patchwarden.Server.Reports;

/// <summary><c>POST /api/v1/agent/reports</c>: an agent reports its own scan or install; the instance token decides which instance.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var limit = app.ServiceProvider.GetRequiredService<IOptions<ReportsOptions>>().Value.MaxBodyBytes;
        var group = app.MapGroup("/api/v1/agent").WithTags("Agents");
        group.MapPost("/reports", (HttpContext context, ReportIngestor ingestor, CancellationToken cancellationToken) =>
                ingestor.IngestAsync(context.Request, context.GetCaller(), cancellationToken))
            .RequireAuthorization(Policies.Instance)
            // The wire limit; the same number also bounds the body after gzip decompression (ReportBody).
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .WithName("PostAgentReport")
            .WithSummary("Ingests a scan or install report of the calling instance (gzip welcome); idempotent by executionId.")
            .Accepts<AgentReport>("application/json")
            .Produces<ReportResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return group;
    }
}
