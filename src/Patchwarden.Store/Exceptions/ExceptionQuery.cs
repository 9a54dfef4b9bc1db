using Patchwarden.Core.Exceptions;

namespace Patchwarden.Store.Exceptions;

/// <summary>Filters of a standing-exception listing; null filters match everything.</summary>
public sealed record ExceptionQuery
{
    public string? Account { get; init; }

    public ExceptionScopeKind? ScopeKind { get; init; }

    public string? ScopeValue { get; init; }

    /// <summary>Only exceptions in force at this time (created, not expired, not revoked).</summary>
    public DateTimeOffset? ActiveAt { get; init; }
}
