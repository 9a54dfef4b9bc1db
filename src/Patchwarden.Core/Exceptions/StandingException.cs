namespace Patchwarden.Core.Exceptions;

/// <summary>A team's recorded decision to leave a patch out, with a reason, an author and an expiry; it keeps the patch from counting against compliance until then.</summary>
public sealed record StandingException
{
    public required string Id { get; init; }

    /// <summary>A patch id, or a pattern with <c>*</c> wildcards (<c>openssl*</c>, <c>KB50*</c>).</summary>
    public required string PatchPattern { get; init; }

    public required ExceptionScopeKind ScopeKind { get; init; }

    /// <summary>The instance id, account name or patch group the exception covers.</summary>
    public required string ScopeValue { get; init; }

    /// <summary>The account that owns the exception (for instance and account scopes, the covered account).</summary>
    public required string Account { get; init; }

    public required string Reason { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>In force at <paramref name="now"/>: created, not yet expired, not revoked.</summary>
    public bool IsActiveAt(DateTimeOffset now) => now >= CreatedAt && now < ExpiresAt && (RevokedAt is null || now < RevokedAt);
}
