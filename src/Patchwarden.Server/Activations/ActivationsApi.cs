using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;
using Patchwarden.Store.Activations;

namespace Patchwarden.Server.Activations;

/// <summary><c>/api/v1/activations</c>: admins create and revoke activations; readers list those of their accounts. The code is shown once.</summary>
public static class ActivationsApi
{
    public static RouteGroupBuilder MapActivationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/activations").WithTags("Activations");
        group.MapGet("", ListAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("ListActivations")
            .WithSummary("The activations of the caller's accounts, newest first (never the code).")
            .Produces<IReadOnlyList<ActivationResponse>>();
        group.MapGet("/{id}", GetAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("GetActivation")
            .WithSummary("One activation; 404 when missing or outside the caller's accounts.")
            .Produces<ActivationResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateActivation")
            .WithSummary("Creates an activation: account, tags (including Patch Group), registration limit, expiry. The answer carries the code, once.")
            .Accepts<CreateActivationRequest>("application/json")
            .Produces<ActivationResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        group.MapDelete("/{id}", RevokeAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("RevokeActivation")
            .WithSummary("Revokes an activation: no further agent can register with it (registered ones stay).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IPatchwardenStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var activations = await store.Activations.ListAsync(context.GetCaller().Scope, cancellationToken);
        return TypedResults.Ok(activations.Select(activation => ActivationResponse.From(activation, now)).ToList());
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IPatchwardenStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ActivationCodes.IsId(id))
        {
            return BadId(id);
        }

        return await store.Activations.GetAsync(context.GetCaller().Scope, id, cancellationToken) is { } activation
            ? TypedResults.Ok(ActivationResponse.From(activation, time.GetUtcNow()))
            : ApiResults.NotFound($"There is no activation '{id}'.");
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IPatchwardenStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var read = await JsonBody.ReadAsync<CreateActivationRequest>(context.Request, cancellationToken);
        if (read.Failed)
        {
            await audit.RecordAsync(caller, "activation.create", "", null, AuditResults.Failed, cancellationToken);
            return read.Problem;
        }

        var request = read.Value;
        var lifetime = await ActivationRequestValidator.ValidateAsync(request, store, cancellationToken);
        if (!lifetime.IsSuccess)
        {
            await audit.RecordAsync(
                caller, "activation.create", "", request.Account, new { errors = lifetime.Errors.Select(e => e.Field) }, AuditResults.Failed, cancellationToken);
            return ApiResults.Validation(lifetime.Errors);
        }

        var now = time.GetUtcNow();
        var code = ActivationCodes.NewCode();
        var activation = new Activation
        {
            Id = ActivationCodes.NewId(),
            Account = request.Account,
            Description = request.Description,
            Tags = request.Tags ?? new Dictionary<string, string>(),
            RegistrationLimit = request.RegistrationLimit ?? CreateActivationRequest.DefaultRegistrationLimit,
            CodeHash = SecretHasher.Hash(code),
            CreatedAt = now,
            ExpiresAt = now + lifetime.Value,
            CreatedBy = caller.PrincipalId,
        };
        if (!await store.Activations.CreateAsync(activation, cancellationToken))
        {
            throw new InvalidOperationException("A new activation's random id exists already."); // A GUID collision: a bug, not a client mistake.
        }

        await audit.RecordAsync(
            caller,
            "activation.create",
            activation.Id,
            activation.Account,
            new { activation.Tags, activation.RegistrationLimit, activation.ExpiresAt },
            AuditResults.Succeeded,
            cancellationToken);
        return TypedResults.Created($"/api/v1/activations/{activation.Id}", ActivationResponse.From(activation, now, code));
    }

    private static async Task<IResult> RevokeAsync(
        string id, HttpContext context, IPatchwardenStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        if (!ActivationCodes.IsId(id))
        {
            return BadId(id);
        }

        var activation = await store.Activations.GetAsync(caller.Scope, id, cancellationToken);
        if (activation is null)
        {
            return ApiResults.NotFound($"There is no activation '{id}'.");
        }

        if (activation.RevokedAt is null)
        {
            await store.Activations.RevokeAsync(caller.Scope, id, time.GetUtcNow(), cancellationToken);
            await audit.RecordAsync(caller, "activation.revoke", id, activation.Account, null, AuditResults.Succeeded, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static ValidationProblem BadId(string id) =>
        ApiResults.Validation("id", $"'{id}' is not an activation id (a lower-case GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e)");
}
