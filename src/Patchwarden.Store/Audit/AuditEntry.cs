namespace Patchwarden.Store.Audit;

/// <summary>One audited change or command request: who, what, on what, when, and how it ended.</summary>
public sealed record AuditEntry
{
    /// <summary>Assigned by the store on append, increasing; 0 before.</summary>
    public long Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who: a principal name, <c>instance:mi-...</c>, or <c>system</c>.</summary>
    public required string Actor { get; init; }

    public string? PrincipalId { get; init; }

    /// <summary>What, as <c>noun.verb</c>: <c>baseline.update</c>, <c>token.revoke</c>, <c>command.install</c>.</summary>
    public required string Action { get; init; }

    /// <summary>On what: an id or name.</summary>
    public string? Target { get; init; }

    /// <summary>The account the target belongs to, when it belongs to one.</summary>
    public string? Account { get; init; }

    public required AuditOutcome Outcome { get; init; }

    /// <summary>A small JSON object with the specifics (never secrets or whole request bodies).</summary>
    public string? DetailsJson { get; init; }
}
