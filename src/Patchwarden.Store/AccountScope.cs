namespace Patchwarden.Store;

/// <summary>The accounts a caller may see: every account (admin, auditor, system work) or a fixed list (operator).</summary>
/// <remarks>
/// Every store read or write of tenant data takes one as a required parameter and filters in SQL, so a query
/// cannot forget it. There is no public constructor: a scope is either <see cref="All"/> or built with <see cref="Of"/>.
/// </remarks>
public sealed record AccountScope
{
    private AccountScope(bool isAll, IReadOnlyList<string> accounts)
    {
        IsAll = isAll;
        Accounts = accounts;
    }

    /// <summary>Every account: admins, auditors and the server's own background work.</summary>
    public static AccountScope All { get; } = new(true, []);

    /// <summary>True for <see cref="All"/>; then <see cref="Accounts"/> is empty and means nothing.</summary>
    public bool IsAll { get; }

    /// <summary>The accounts of a limited scope, distinct and sorted (ordinal); may be empty (sees nothing).</summary>
    public IReadOnlyList<string> Accounts { get; }

    /// <summary>A scope limited to these accounts; an empty list sees nothing.</summary>
    public static AccountScope Of(IEnumerable<string> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return new(false, accounts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
    }

    public bool Includes(string account) => IsAll || Accounts.Contains(account, StringComparer.Ordinal);

    public bool Equals(AccountScope? other) =>
        other is not null && IsAll == other.IsAll && Accounts.SequenceEqual(other.Accounts, StringComparer.Ordinal);

    public override int GetHashCode() => IsAll ? 1 : Accounts.Aggregate(17, (h, a) => HashCode.Combine(h, StringComparer.Ordinal.GetHashCode(a)));

    public override string ToString() => IsAll ? "all accounts" : $"accounts [{string.Join(", ", Accounts)}]";
}
