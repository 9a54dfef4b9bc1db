using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Patchwarden.Core.Validation;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;
using Patchwarden.Store.Accounts;

namespace Patchwarden.Server.Accounts;

/// <summary><c>/api/v1/accounts</c>: admins create accounts; everyone reads the accounts in their scope.</summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/accounts").WithTags("Accounts");
        group.MapGet("", ListAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("ListAccounts")
            .WithSummary("The accounts the caller may see, by name.")
            .Produces<IReadOnlyList<AccountResponse>>();
        group.MapGet("/{name}", GetAsync)
            .RequireAuthorization(Policies.Reader)
            .WithName("GetAccount")
            .WithSummary("One account; 404 when it does not exist or is outside the caller's accounts.")
            .Produces<AccountResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CreateAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateAccount")
            .WithSummary("Creates an account (admins).")
            .Accepts<CreateAccountRequest>("application/json")
            .Produces<AccountResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var accounts = await store.Accounts.ListAsync(context.GetCaller().Scope, cancellationToken);
        return TypedResults.Ok(accounts.Select(AccountResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(string name, HttpContext context, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        if (AccountNames.Check(name, "name") is { } error)
        {
            return ApiResults.Validation([error]);
        }

        return await store.Accounts.GetAsync(context.GetCaller().Scope, name, cancellationToken) is { } account
            ? TypedResults.Ok(AccountResponse.From(account))
            : ApiResults.NotFound($"There is no account '{name}'.");
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IPatchwardenStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller();
        var read = await JsonBody.ReadAsync<CreateAccountRequest>(context.Request, cancellationToken);
        if (read.Failed)
        {
            await audit.RecordAsync(caller, "account.create", "", null, AuditResults.Failed, cancellationToken);
            return read.Problem;
        }

        var body = read.Value;
        var errors = Validate(body);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(caller, "account.create", body.Name, body.Name, new { errors = errors.Select(e => e.Field) }, AuditResults.Failed, cancellationToken);
            return ApiResults.Validation(errors);
        }

        var account = new Account { Name = body.Name, Description = body.Description, CreatedAt = time.GetUtcNow() };
        if (!await store.Accounts.CreateAsync(account, cancellationToken))
        {
            await audit.RecordAsync(caller, "account.create", body.Name, body.Name, new { reason = "exists" }, AuditResults.Failed, cancellationToken);
            return ApiResults.Conflict($"An account named '{body.Name}' exists already.");
        }

        await audit.RecordAsync(caller, "account.create", account.Name, account.Name, null, AuditResults.Succeeded, cancellationToken);
        return TypedResults.Created($"/api/v1/accounts/{account.Name}", AccountResponse.From(account));
    }

    private static List<ValidationError> Validate(CreateAccountRequest body)
    {
        var errors = new List<ValidationError>();
        if (AccountNames.Check(body.Name, "name") is { } name)
        {
            errors.Add(name);
        }

        if (body.Description is { Length: > CreateAccountRequest.MaxDescriptionLength })
        {
            errors.Add(new ValidationError("description", $"is {body.Description.Length} characters long; at most {CreateAccountRequest.MaxDescriptionLength} are allowed"));
        }

        return errors;
    }
}
