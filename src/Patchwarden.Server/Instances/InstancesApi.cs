using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;

namespace Patchwarden.Server.Instances;

/// <summary><c>/api/v1/instances</c>: the instances in the caller's accounts, one instance, its compliance record and its patches.</summary>
public static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/instances")
            .WithTags("Instances")
            .RequireAuthorization(Policies.Reader);

        group.MapGet("/", ListAsync)
            .WithName("ListInstances")
            .WithSummary("Instances in the caller's accounts, filtered (account, patchGroup, os, status, pingStatus, name), sorted and paged.");
        group.MapGet("/{id}", GetAsync)
            .WithName("GetInstance")
            .WithSummary("One instance with the summary of its latest compliance evaluation.");
        group.MapGet("/{id}/compliance", GetComplianceAsync)
            .WithName("GetInstanceCompliance")
            .WithSummary("The instance's compliance record, exactly in the seed's PascalCase shape.");
        group.MapGet("/{id}/patches", ListPatchesAsync)
            .WithName("ListInstancePatches")
            .WithSummary("The state of every patch on the instance, by patch id.");
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IPatchwardenStore store, PingThreshold ping, CancellationToken cancellationToken)
    {
        var onlineSince = ping.OnlineSince();
        var request = InstanceListParameters.Read(context.Request.Query, onlineSince);
        if (!request.IsSuccess)
        {
            return ApiResults.Validation(request.Errors);
        }

        var (query, page, pageSize) = request.Value;
        var found = await store.Instances.ListAsync(context.GetCaller().Scope, query, cancellationToken);
        var items = found.Items.Select(instance => InstanceResponse.From(instance, onlineSince)).ToList();
        return TypedResults.Ok(new InstancePage(items, page, pageSize, found.TotalCount));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IPatchwardenStore store, PingThreshold ping, CancellationToken cancellationToken)
    {
        var instance = await store.Instances.GetAsync(context.GetCaller().Scope, id, cancellationToken);
        return instance is null ? NoSuchInstance(id) : TypedResults.Ok(InstanceResponse.From(instance, ping.OnlineSince()));
    }

    private static async Task<IResult> GetComplianceAsync(string id, HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var scope = context.GetCaller().Scope;
        if (await store.Compliance.GetRecordJsonAsync(scope, id, cancellationToken) is { } recordJson)
        {
            // Verbatim: the stored text is the public contract shape, written once by ComplianceJson.
            return TypedResults.Text(recordJson, "application/json; charset=utf-8");
        }

        return await store.Instances.GetAsync(scope, id, cancellationToken) is null
            ? NoSuchInstance(id)
            : ApiResults.NotFound($"Instance '{id}' has not reported a scan yet, so it has no compliance record.");
    }

    private static async Task<IResult> ListPatchesAsync(string id, HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var rows = await store.Compliance.ListPatchStatesAsync(context.GetCaller().Scope, id, cancellationToken);
        return rows is null ? NoSuchInstance(id) : TypedResults.Ok(rows.Select(PatchStateResponse.From).ToList());
    }

    /// <summary>The same answer for a missing instance and one outside the caller's accounts, so neither is revealed.</summary>
    internal static ProblemHttpResult NoSuchInstance(string id) => ApiResults.NotFound($"There is no instance '{id}' in your accounts.");
}
