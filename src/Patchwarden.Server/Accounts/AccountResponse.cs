using Patchwarden.Store.Accounts;

namespace Patchwarden.Server.Accounts;

/// <summary>An account as the API shows it.</summary>
public sealed record AccountResponse(string Name, string? Description, DateTimeOffset CreatedAt)
{
    public static AccountResponse From(Account account) => new(account.Name, account.Description, account.CreatedAt);
}
