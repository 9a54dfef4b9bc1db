using Patchwarden.Core.Validation;
using Patchwarden.Server.Accounts;
using Patchwarden.Server.Hosting;
using Patchwarden.Store;

namespace Patchwarden.Server.Tokens;

/// <summary>Checks a <see cref="CreateTokenRequest"/> beyond its JSON shape; yields the token's lifetime when valid.</summary>
public static class TokenRequestValidator
{
    public static async Task<Result<TimeSpan>> ValidateAsync(CreateTokenRequest request, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > CreateTokenRequest.MaxNameLength || request.Name.Any(char.IsControl))
        {
            errors.Add(new("name", $"must be 1 to {CreateTokenRequest.MaxNameLength} printable characters"));
        }

        var accounts = request.Accounts ?? [];
        if (request.Role == TokenRole.Operator && accounts.Count == 0)
        {
            errors.Add(new("accounts", "an operator token needs at least one account"));
        }
        else if (request.Role != TokenRole.Operator && accounts.Count > 0)
        {
            errors.Add(new("accounts", "only operator tokens are bound to accounts; admins and auditors see every account"));
        }

        for (var i = 0; i < accounts.Count; i++)
        {
            if (await AccountReferences.CheckAsync(store, accounts[i], $"accounts[{i}]", cancellationToken) is { } error)
            {
                errors.Add(error);
            }
        }

        var expiresIn = request.ExpiresIn ?? CreateTokenRequest.DefaultExpiresIn;
        if (!DurationText.TryParse(expiresIn, out var lifetime) || lifetime > CreateTokenRequest.MaxLifetime)
        {
            errors.Add(new("expiresIn", $"'{expiresIn}' is not a lifetime: expected {DurationText.Expected}, at most 3650d"));
        }

        return errors.Count == 0 ? Result<TimeSpan>.Success(lifetime) : Result<TimeSpan>.Failure(errors);
    }
}
