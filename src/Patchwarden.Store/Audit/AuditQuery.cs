namespace Patchwarden.Store.Audit;

/// <summary>Filters and keyset page of the audit log (newest first); null filters match everything.</summary>
public sealed record AuditQuery
{
    public const int MaxLimit = 1000;

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public string? PrincipalId { get; init; }

    public string? Action { get; init; }

    public string? Target { get; init; }

    public string? Account { get; init; }

    public AuditOutcome? Outcome { get; init; }

    /// <summary>Only entries older than this id (the previous page's <see cref="AuditPage.NextBefore"/>).</summary>
    public long? Before { get; init; }

    /// <summary>1–<see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>A page of audit entries, newest first; <see cref="NextBefore"/> is null on the last page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, long? NextBefore);
