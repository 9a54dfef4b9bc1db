namespace Patchwarden.Store.Principals;

/// <summary>An API token's owner: a role, the accounts an operator is bound to, and the hash of the token.</summary>
public sealed record Principal
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required PrincipalRole Role { get; init; }

    /// <summary>Operators: the accounts they may act on. Admins and auditors: ignored (they see every account).</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Lower-case hex SHA-256 of the token; the store never sees the token itself. Unique.</summary>
    public required string TokenHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null: never expires (the first admin token).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>The principal id that created this one; null for the first admin.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The token may be used at <paramref name="now"/>: not expired, not revoked.</summary>
    public bool IsActiveAt(DateTimeOffset now) => (ExpiresAt is null || now < ExpiresAt) && (RevokedAt is null || now < RevokedAt);

    /// <summary>The accounts this principal may see: all for admins and auditors, the bound list for operators.</summary>
    public AccountScope Scope => Role == PrincipalRole.Operator ? AccountScope.Of(Accounts) : AccountScope.All;
}
