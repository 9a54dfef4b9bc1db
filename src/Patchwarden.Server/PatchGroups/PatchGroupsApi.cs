using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Core.Validation;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Server.Reevaluation;
using Patchwarden.Store;
using Patchwarden.Store.Baselines;

namespace Patchwarden.Server.PatchGroups;

/// <summary><c>/api/v1/patch-groups</c>: which baseline each patch group uses per OS family; admins write, people read.</summary>
public static class PatchGroupsApi
{
    public static RouteGroupBuilder MapPatchGroupsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/patch-groups").WithTags("Patch groups");

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("ListPatchGroups")
            .WithSummary("Every patch group with its baseline per OS family.")
            .Produces<IReadOnlyList<PatchGroupResponse>>();
        group.MapGet("/{name}", GetAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("GetPatchGroup")
            .WithSummary("One patch group with its baseline per OS family.")
            .Produces<PatchGroupResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{name}", PutAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("PutPatchGroup")
            .WithSummary("Sets the group's baselines (admins): {baselines: {OS_FAMILY: baselineId}} replaces every registration of the group.")
            .Accepts<PatchGroupRequest>("application/json")
            .Produces<PatchGroupResponse>()
            .ProducesValidationProblem();
        group.MapDelete("/{name}", DeleteAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("DeletePatchGroup")
            .WithSummary("Removes every registration of the group (admins); its instances fall back to their OS default.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ListAsync(IPatchwardenStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(PatchGroupResponse.From(await store.Baselines.ListPatchGroupsAsync(cancellationToken)));

    private static async Task<IResult> GetAsync(string name, IPatchwardenStore store, CancellationToken cancellationToken) =>
        PatchGroupResponse.From(await RegistrationsOfAsync(store, name, cancellationToken)) is [var found]
            ? TypedResults.Ok(found)
            : NoSuchGroup(name);

    private static async Task<IResult> PutAsync(
        string name, HttpContext context, IPatchwardenStore store, IAuditLog audit, IReevaluationQueue reevaluation, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var read = await JsonBody.ReadAsync<PatchGroupRequest>(context.Request, cancellationToken);
        if (read.Failed)
        {
            await audit.RecordAsync(caller, "patch-group.put", name, null, AuditResults.Failed, cancellationToken);
            return read.Problem;
        }

        var (wanted, errors) = await ValidateAsync(name, read.Value, store, cancellationToken);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(caller, "patch-group.put", name, new { errors = errors.Select(e => e.Field) }, AuditResults.Failed, cancellationToken);
            return ApiResults.Validation(errors);
        }

        var current = (await RegistrationsOfAsync(store, name, cancellationToken)).ToDictionary(r => r.OperatingSystem, r => r.BaselineId);
        var changed = new List<OperatingSystemFamily>();
        foreach (var (os, baselineId) in wanted)
        {
            if (current.GetValueOrDefault(os) == baselineId)
            {
                continue;
            }

            var status = await store.Baselines.RegisterPatchGroupAsync(
                new PatchGroupRegistration { PatchGroup = name, OperatingSystem = os, BaselineId = baselineId }, cancellationToken);
            if (status != BaselineChangeStatus.Done)
            {
                // The baseline was deleted since it was checked; what was registered so far stays and is re-evaluated.
                EnqueueAll(reevaluation, name, changed);
                await audit.RecordAsync(caller, "patch-group.put", name, new { reason = status.ToString() }, AuditResults.Failed, cancellationToken);
                return ApiResults.Validation($"baselines.{os.ToWireName()}", $"baseline '{baselineId}' was deleted or changed meanwhile; try again");
            }

            changed.Add(os);
        }

        foreach (var os in current.Keys.Where(os => !wanted.ContainsKey(os)))
        {
            await store.Baselines.DeregisterPatchGroupAsync(name, os, cancellationToken);
            changed.Add(os);
        }

        EnqueueAll(reevaluation, name, changed);
        var result = new PatchGroupResponse(name, new SortedDictionary<string, string>(
            wanted.ToDictionary(pair => pair.Key.ToWireName(), pair => pair.Value, StringComparer.Ordinal), StringComparer.Ordinal));
        await audit.RecordAsync(caller, "patch-group.put", name, new { baselines = result.Baselines }, AuditResults.Succeeded, cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> DeleteAsync(
        string name, HttpContext context, IPatchwardenStore store, IAuditLog audit, IReevaluationQueue reevaluation, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var registrations = await RegistrationsOfAsync(store, name, cancellationToken);
        if (registrations.Count == 0)
        {
            await audit.RecordAsync(caller, "patch-group.delete", name, new { reason = "not found" }, AuditResults.Failed, cancellationToken);
            return NoSuchGroup(name);
        }

        foreach (var registration in registrations)
        {
            await store.Baselines.DeregisterPatchGroupAsync(name, registration.OperatingSystem, cancellationToken);
        }

        EnqueueAll(reevaluation, name, registrations.Select(r => r.OperatingSystem));
        await audit.RecordAsync(caller, "patch-group.delete", name, null, AuditResults.Succeeded, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Each named OS family and its baseline, or every problem with the name and the body (field paths <c>baselines.DEBIAN</c>).</summary>
    private static async Task<(Dictionary<OperatingSystemFamily, string> Wanted, List<ValidationError> Errors)> ValidateAsync(
        string name, PatchGroupRequest request, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var wanted = new Dictionary<OperatingSystemFamily, string>();
        if (PatchGroupNames.Check(name, "name") is { } nameError)
        {
            errors.Add(nameError);
        }

        if (request.Baselines.Count == 0)
        {
            errors.Add(new ValidationError("baselines", "names no OS family; give at least one (DELETE removes a patch group)"));
        }

        foreach (var (key, baselineId) in request.Baselines)
        {
            var field = $"baselines.{key}";
            if (!WireNames.TryParse<OperatingSystemFamily>(key, out var os))
            {
                errors.Add(new ValidationError(field, $"'{key}' is not an OS family; expected one of {string.Join(", ", WireNames.All<OperatingSystemFamily>())}"));
                continue;
            }

            if (!wanted.TryAdd(os, baselineId))
            {
                errors.Add(new ValidationError(field, $"names {os.ToWireName()} a second time"));
                continue;
            }

            var stored = await store.Baselines.GetAsync(baselineId, cancellationToken);
            if (stored is null)
            {
                errors.Add(new ValidationError(field, $"there is no baseline '{baselineId}'"));
            }
            else if (stored.Baseline.OperatingSystem != os)
            {
                errors.Add(new ValidationError(field, $"baseline '{baselineId}' is for {stored.Baseline.OperatingSystem.ToWireName()}, not {os.ToWireName()}"));
            }
        }

        return (wanted, errors);
    }

    private static async Task<IReadOnlyList<PatchGroupRegistration>> RegistrationsOfAsync(IPatchwardenStore store, string name, CancellationToken cancellationToken) =>
        [.. (await store.Baselines.ListPatchGroupsAsync(cancellationToken)).Where(r => string.Equals(r.PatchGroup, name, StringComparison.Ordinal))];

    private static void EnqueueAll(IReevaluationQueue reevaluation, string name, IEnumerable<OperatingSystemFamily> operatingSystems)
    {
        foreach (var os in operatingSystems)
        {
            reevaluation.Enqueue(new ReevaluationRequest.PatchGroupChanged(name, os));
        }
    }

    private static ProblemHttpResult NoSuchGroup(string name) => ApiResults.NotFound($"There is no patch group '{name}' with a registered baseline.");
}
