using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;

namespace Patchwarden.Server.Audit;

/// <summary><c>/api/v1/audit</c>: the audit log, for admins and auditors.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.Oversight);
        group.MapGet("", ListAsync)
            .WithName("ListAuditEntries")
            .WithSummary("Audit entries newest first, filtered by since, until, principalId, action, target, account, outcome; paged with before and limit.")
            .Produces<AuditPageResponse>()
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var query = AuditQueryParameters.Read(context.Request.Query);
        if (!query.IsSuccess)
        {
            return ApiResults.Validation(query.Errors);
        }

        var page = await store.Audit.QueryAsync(context.GetCaller().Scope, query.Value, cancellationToken);
        return TypedResults.Ok(new AuditPageResponse([.. page.Items.Select(AuditEntryResponse.From)], page.NextBefore));
    }
}
