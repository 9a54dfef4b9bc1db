using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;
using Patchwarden.Store.Principals;

namespace Patchwarden.Server.Tokens;

/// <summary><c>/api/v1/tokens</c>: admins create, list and revoke API tokens. A token is shown once, in the answer to its creation.</summary>
public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tokens").WithTags("Tokens").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync)
            .WithName("ListTokens")
            .WithSummary("Every API token's metadata, oldest first (never the token itself).")
            .Produces<IReadOnlyList<TokenResponse>>();
        group.MapGet("/{id}", GetAsync)
            .WithName("GetToken")
            .WithSummary("One API token's metadata.")
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateAsync)
            .WithName("CreateToken")
            .WithSummary("Creates an API token (admin, auditor, or operator bound to accounts); the answer carries the token, once.")
            .Accepts<CreateTokenRequest>("application/json")
            .Produces<TokenResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        group.MapDelete("/{id}", RevokeAsync)
            .WithName("RevokeToken")
            .WithSummary("Revokes an API token; it is refused from then on (on other server nodes within Auth:CacheSeconds).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> ListAsync(IPatchwardenStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var principals = await store.Principals.ListAsync(cancellationToken);
        return TypedResults.Ok(principals.Select(principal => TokenResponse.From(principal, now)).ToList());
    }

    private static async Task<IResult> GetAsync(string id, IPatchwardenStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!BearerTokens.IsPrincipalId(id))
        {
            return BadId(id);
        }

        return await store.Principals.GetAsync(id, cancellationToken) is { } principal
            ? TypedResults.Ok(TokenResponse.From(principal, time.GetUtcNow()))
            : ApiResults.NotFound($"There is no token '{id}'.");
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IPatchwardenStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var read = await JsonBody.ReadAsync<CreateTokenRequest>(context.Request, cancellationToken);
        if (read.Failed)
        {
            await audit.RecordAsync(caller, "token.create", "", null, AuditResults.Failed, cancellationToken);
            return read.Problem;
        }

        var request = read.Value;
        var lifetime = await TokenRequestValidator.ValidateAsync(request, store, cancellationToken);
        if (!lifetime.IsSuccess)
        {
            await audit.RecordAsync(caller, "token.create", request.Name, new { errors = lifetime.Errors.Select(e => e.Field) }, AuditResults.Failed, cancellationToken);
            return ApiResults.Validation(lifetime.Errors);
        }

        var now = time.GetUtcNow();
        var role = request.Role switch
        {
            TokenRole.Admin => PrincipalRole.Admin,
            TokenRole.Auditor => PrincipalRole.Auditor,
            _ => PrincipalRole.Operator,
        };
        var created = NewApiToken.Create(request.Name, role, request.Accounts ?? [], now, now + lifetime.Value, caller.PrincipalId);
        if (!await store.Principals.CreateAsync(created.Principal, cancellationToken))
        {
            // 256 random bits and a random id collided: not something a client can fix, and not worth a retry loop.
            throw new InvalidOperationException("A new token's id or hash exists already.");
        }

        var principal = created.Principal;
        await audit.RecordAsync(
            caller, "token.create", principal.Id, new { principal.Name, role = request.Role, principal.Accounts, principal.ExpiresAt }, AuditResults.Succeeded, cancellationToken);
        return TypedResults.Created($"/api/v1/tokens/{principal.Id}", TokenResponse.From(principal, now, created.Token));
    }

    private static async Task<IResult> RevokeAsync(
        string id, HttpContext context, IPatchwardenStore store, IAuditLog audit, CallerCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        if (!BearerTokens.IsPrincipalId(id))
        {
            return BadId(id);
        }

        var now = time.GetUtcNow();
        var principal = await store.Principals.GetAsync(id, cancellationToken);
        if (principal is null)
        {
            return ApiResults.NotFound($"There is no token '{id}'.");
        }

        if (principal.RevokedAt is not null)
        {
            return TypedResults.NoContent(); // Revoking twice is not an error: the token is revoked, as asked.
        }

        if (principal.Role == PrincipalRole.Admin && principal.IsActiveAt(now) && await IsLastActiveAdminAsync(store, now, cancellationToken))
        {
            await audit.RecordAsync(caller, "token.revoke", id, new { reason = "last active admin token" }, AuditResults.Failed, cancellationToken);
            return ApiResults.Conflict("This is the last active admin token; create another admin token before revoking it.");
        }

        await store.Principals.RevokeAsync(id, now, cancellationToken);
        cache.Forget(id);
        await audit.RecordAsync(caller, "token.revoke", id, new { principal.Name }, AuditResults.Succeeded, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<bool> IsLastActiveAdminAsync(IPatchwardenStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var principals = await store.Principals.ListAsync(cancellationToken);
        return principals.Count(p => p.Role == PrincipalRole.Admin && p.IsActiveAt(now)) <= 1;
    }

    private static ValidationProblem BadId(string id) =>
        ApiResults.Validation("id", $"'{id}' is not a token id (tok- and 17 lower-case hex digits)");
}
