namespace Patchwarden.Store.Accounts;

/// <summary>Accounts (tenants).</summary>
public interface IAccountStore
{
    /// <summary>Adds the account; false when one with that name exists already.</summary>
    Task<bool> CreateAsync(Account account, CancellationToken cancellationToken);

    /// <summary>The accounts in <paramref name="scope"/>, by name.</summary>
    Task<IReadOnlyList<Account>> ListAsync(AccountScope scope, CancellationToken cancellationToken);

    /// <summary>The account, or null when it does not exist or is outside <paramref name="scope"/>.</summary>
    Task<Account?> GetAsync(AccountScope scope, string name, CancellationToken cancellationToken);
}
