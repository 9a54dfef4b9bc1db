using Patchwarden.Core.Validation;
using Patchwarden.Store;

namespace Patchwarden.Server.Accounts;

/// <summary>Checks account names given in a request: well-formed and existing.</summary>
public static class AccountReferences
{
    /// <summary>An error on <paramref name="field"/> when <paramref name="name"/> is malformed or names no account.</summary>
    public static async Task<ValidationError?> CheckAsync(IPatchwardenStore store, string? name, string field, CancellationToken cancellationToken)
    {
        if (AccountNames.Check(name, field) is { } malformed)
        {
            return malformed;
        }

        return await store.Accounts.GetAsync(AccountScope.All, name!, cancellationToken) is null // Check passed, so name is set.
            ? new ValidationError(field, $"there is no account '{name}'; create it first (POST /api/v1/accounts)")
            : null;
    }
}
