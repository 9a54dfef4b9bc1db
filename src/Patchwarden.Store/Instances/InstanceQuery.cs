using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Instances;

/// <summary>Filters, order and page of an instance listing; every filter left null matches everything.</summary>
public sealed record InstanceQuery
{
    public const int MaxLimit = 1000;

    /// <summary>Only this account (still within the caller's scope).</summary>
    public string? Account { get; init; }

    public string? PatchGroup { get; init; }

    public OperatingSystemFamily? OperatingSystem { get; init; }

    public InstanceComplianceStatus? ComplianceStatus { get; init; }

    /// <summary>Default: active instances only. Null: every status.</summary>
    public InstanceStatus? Status { get; init; } = InstanceStatus.Active;

    /// <summary>Online = last seen at or after <see cref="PingFilter.OnlineSince"/>.</summary>
    public PingFilter? Ping { get; init; }

    /// <summary>Case-insensitive substring of the name or host name.</summary>
    public string? NameContains { get; init; }

    public InstanceSortKey SortBy { get; init; } = InstanceSortKey.Id;

    public bool Descending { get; init; }

    public int Offset { get; init; }

    /// <summary>1–<see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>Ping status filter: the caller decides the threshold (e.g. now minus three heartbeat intervals).</summary>
public sealed record PingFilter(PingStatus Status, DateTimeOffset OnlineSince);
