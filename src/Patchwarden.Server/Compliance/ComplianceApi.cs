using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;

namespace Patchwarden.Server.Compliance;

/// <summary><c>/api/v1/compliance</c>: the fleet summary and the per-patch compliance items of the caller's accounts.</summary>
public static class ComplianceApi
{
    public const int DefaultTopMissing = 10;
    public const int MaxTopMissing = 100;

    public static RouteGroupBuilder MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/compliance")
            .WithTags("Compliance")
            .RequireAuthorization(Policies.Reader);

        group.MapGet("/summary", GetSummaryAsync)
            .WithName("GetComplianceSummary")
            .WithSummary("Active instances by compliance status, account, patch group, OS family and overall severity; the most-missed patches (top=N).");
        group.MapGet("/items", ListItemsAsync)
            .WithName("ListComplianceItems")
            .WithSummary("Per-patch compliance items: format=json pages with a cursor; jsonl and csv stream every item.");
        return group;
    }

    private static async Task<IResult> GetSummaryAsync(HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(context.Request.Query);
        var top = reader.Number("top", DefaultTopMissing, 0, MaxTopMissing);
        if (!reader.IsValid)
        {
            return ApiResults.Validation(reader.Errors);
        }

        var summary = await store.Fleet.GetSummaryAsync(context.GetCaller().Scope, top, cancellationToken);
        return TypedResults.Ok(ComplianceSummaryResponse.From(summary));
    }

    private static async Task<IResult> ListItemsAsync(HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var request = ComplianceItemParameters.Read(context.Request.Query);
        if (!request.IsSuccess)
        {
            return ApiResults.Validation(request.Errors);
        }

        var scope = context.GetCaller().Scope;
        if (request.Value.Format != ComplianceItemFormat.Json)
        {
            return new ComplianceItemsExport(store, scope, request.Value);
        }

        var page = await store.Compliance.ListItemsAsync(scope, request.Value.Query, cancellationToken);
        var next = page.Next is { } cursor ? ComplianceItemCursorText.Encode(cursor) : null;
        return TypedResults.Ok(new ComplianceItemPageResponse([.. page.Items.Select(ComplianceItemResponse.From)], next));
    }
}
