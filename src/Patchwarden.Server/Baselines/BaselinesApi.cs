using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Compliance;
using Patchwarden.Server.Problems;
using Patchwarden.Server.Reevaluation;
using Patchwarden.Store;
using Patchwarden.Store.Baselines;

namespace Patchwarden.Server.Baselines;

/// <summary><c>/api/v1/baselines</c>: patch baselines in Core's PascalCase shape; admins write, people read.</summary>
public static class BaselinesApi
{
    private const string DocumentContentType = "application/json";

    public static RouteGroupBuilder MapBaselinesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/baselines").WithTags("Baselines");

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("ListBaselines")
            .WithSummary("Every baseline (os=FAMILY for one OS family), with its default flag and patch groups.")
            .Produces<IReadOnlyList<BaselineSummaryResponse>>()
            .ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("GetBaseline")
            .WithSummary("One baseline document, in Core's PascalCase shape (the shape POST and PUT take).")
            .Produces<PatchBaseline>(contentType: DocumentContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateBaseline")
            .WithSummary("Creates a baseline (admins); a missing Id is generated. 409 when the id exists.")
            .Accepts<PatchBaseline>(DocumentContentType)
            .Produces<PatchBaseline>(StatusCodes.Status201Created, DocumentContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}", UpdateAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateBaseline")
            .WithSummary("Replaces a baseline (admins); its OS family cannot change. Affected instances are re-evaluated in the background.")
            .Accepts<PatchBaseline>(DocumentContentType)
            .Produces<PatchBaseline>(contentType: DocumentContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", DeleteAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("DeleteBaseline")
            .WithSummary("Deletes a baseline (admins); 409 for a default or one registered to a patch group.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}/default", MakeDefaultAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("MakeDefaultBaseline")
            .WithSummary("Makes the baseline its OS family's default (admins); instances without a group registration are re-evaluated.")
            .Produces<BaselineSummaryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(context.Request.Query);
        var os = reader.Choice<OperatingSystemFamily>("os", WireNames.TryParse, WireNames.All<OperatingSystemFamily>());
        if (!reader.IsValid)
        {
            return ApiResults.Validation(reader.Errors);
        }

        var baselines = await store.Baselines.ListAsync(os, cancellationToken);
        var registrations = await store.Baselines.ListPatchGroupsAsync(cancellationToken);
        return TypedResults.Ok(baselines.Select(stored => BaselineSummaryResponse.From(stored, registrations)).ToList());
    }

    private static async Task<IResult> GetAsync(string id, IPatchwardenStore store, CancellationToken cancellationToken) =>
        await store.Baselines.GetAsync(id, cancellationToken) is { } stored ? Document(stored.Baseline) : NoSuchBaseline(id);

    private static async Task<IResult> CreateAsync(
        HttpContext context, IPatchwardenStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var read = await BaselineDocument.ReadAsync(context.Request, BaselineId.New(), pathId: null, cancellationToken);
        if (read.Failed)
        {
            await audit.RecordAsync(caller, "baseline.create", "", null, AuditResults.Failed, cancellationToken);
            return read.Problem;
        }

        var baseline = read.Baseline;

        if (await store.Baselines.CreateAsync(baseline, time.GetUtcNow(), cancellationToken) == BaselineChangeStatus.AlreadyExists)
        {
            await audit.RecordAsync(caller, "baseline.create", baseline.Id, new { reason = "exists" }, AuditResults.Failed, cancellationToken);
            return ApiResults.Conflict($"A baseline with id '{baseline.Id}' exists already; PUT /api/v1/baselines/{baseline.Id} changes it.");
        }

        await audit.RecordAsync(caller, "baseline.create", baseline.Id, Details(baseline), AuditResults.Succeeded, cancellationToken);
        return Document(baseline, StatusCodes.Status201Created, $"/api/v1/baselines/{baseline.Id}", context);
    }

    private static async Task<IResult> UpdateAsync(
        string id, HttpContext context, IPatchwardenStore store, IAuditLog audit, IReevaluationQueue reevaluation, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var existing = await store.Baselines.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            await audit.RecordAsync(caller, "baseline.update", id, new { reason = "not found" }, AuditResults.Failed, cancellationToken);
            return NoSuchBaseline(id);
        }

        var read = await BaselineDocument.ReadAsync(context.Request, id, pathId: id, cancellationToken);
        if (read.Failed)
        {
            await audit.RecordAsync(caller, "baseline.update", id, null, AuditResults.Failed, cancellationToken);
            return read.Problem;
        }

        var baseline = read.Baseline;

        var status = await store.Baselines.UpdateAsync(baseline, time.GetUtcNow(), cancellationToken);
        if (status != BaselineChangeStatus.Done)
        {
            await audit.RecordAsync(caller, "baseline.update", id, new { reason = status.ToString() }, AuditResults.Failed, cancellationToken);
            return status == BaselineChangeStatus.NotFound
                ? NoSuchBaseline(id)
                : ApiResults.Validation(nameof(PatchBaseline.OperatingSystem),
                    $"is {baseline.OperatingSystem.ToWireName()}, but the baseline is for {existing.Baseline.OperatingSystem.ToWireName()}; "
                    + "a baseline's OS family never changes (create a new baseline instead)");
        }

        reevaluation.Enqueue(new ReevaluationRequest.BaselineEdited(id));
        await audit.RecordAsync(caller, "baseline.update", id, Details(baseline), AuditResults.Succeeded, cancellationToken);
        return Document(baseline);
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext context, IPatchwardenStore store, IAuditLog audit, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var status = await store.Baselines.DeleteAsync(id, cancellationToken);
        switch (status)
        {
            case BaselineChangeStatus.Done:
                await audit.RecordAsync(caller, "baseline.delete", id, null, AuditResults.Succeeded, cancellationToken);
                return TypedResults.NoContent();
            case BaselineChangeStatus.InUse:
                var reason = await InUseReasonAsync(store, id, cancellationToken);
                await audit.RecordAsync(caller, "baseline.delete", id, new { reason }, AuditResults.Failed, cancellationToken);
                return ApiResults.Conflict($"Baseline '{id}' cannot be deleted: {reason}.");
            default:
                await audit.RecordAsync(caller, "baseline.delete", id, new { reason = "not found" }, AuditResults.Failed, cancellationToken);
                return NoSuchBaseline(id);
        }
    }

    private static async Task<IResult> MakeDefaultAsync(
        string id, HttpContext context, IPatchwardenStore store, IAuditLog audit, IReevaluationQueue reevaluation, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        if (await store.Baselines.GetAsync(id, cancellationToken) is not { } stored)
        {
            await audit.RecordAsync(caller, "baseline.make-default", id, new { reason = "not found" }, AuditResults.Failed, cancellationToken);
            return NoSuchBaseline(id);
        }

        var os = stored.Baseline.OperatingSystem;
        if (!stored.IsDefault)
        {
            if (await store.Baselines.SetDefaultAsync(os, id, cancellationToken) != BaselineChangeStatus.Done)
            {
                // Deleted between the read and the write.
                return NoSuchBaseline(id);
            }

            reevaluation.Enqueue(new ReevaluationRequest.DefaultBaselineChanged(os));
        }

        await audit.RecordAsync(caller, "baseline.make-default", id, new { operatingSystem = os.ToWireName() }, AuditResults.Succeeded, cancellationToken);
        var registrations = await store.Baselines.ListPatchGroupsAsync(cancellationToken);
        return TypedResults.Ok(BaselineSummaryResponse.From(stored with { IsDefault = true }, registrations));
    }

    private static async Task<string> InUseReasonAsync(IPatchwardenStore store, string id, CancellationToken cancellationToken)
    {
        var groups = (await store.Baselines.ListPatchGroupsAsync(cancellationToken))
            .Where(r => r.BaselineId == id).Select(r => $"'{r.PatchGroup}'").Distinct().ToList();
        var stored = await store.Baselines.GetAsync(id, cancellationToken);
        var reasons = new List<string>();
        if (stored is { IsDefault: true })
        {
            reasons.Add($"it is the default baseline for {stored.Baseline.OperatingSystem.ToWireName()} (make another baseline the default first)");
        }

        if (groups.Count > 0)
        {
            reasons.Add($"patch group{(groups.Count == 1 ? "" : "s")} {string.Join(", ", groups)} use{(groups.Count == 1 ? "s" : "")} it (register another baseline for them first)");
        }

        return reasons.Count > 0 ? string.Join("; ", reasons) : "it is in use";
    }

    private static object Details(PatchBaseline baseline) => new { name = baseline.Name, operatingSystem = baseline.OperatingSystem.ToWireName() };

    private static JsonHttpResult<PatchBaseline> Document(PatchBaseline baseline) => TypedResults.Json(baseline, CoreJson.Options, DocumentContentType);

    private static JsonHttpResult<PatchBaseline> Document(PatchBaseline baseline, int status, string location, HttpContext context)
    {
        context.Response.Headers.Location = location;
        return TypedResults.Json(baseline, CoreJson.Options, DocumentContentType, status);
    }

    private static ProblemHttpResult NoSuchBaseline(string id) => ApiResults.NotFound($"There is no baseline '{id}'.");
}
