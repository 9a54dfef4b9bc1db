using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Store.Instances;

/// <summary>A managed machine: who it belongs to, what it runs, and the summary of its latest compliance evaluation.</summary>
public sealed record Instance
{
    /// <summary><c>mi-</c> and 17 lower-case hex digits.</summary>
    public required string Id { get; init; }

    public required string Account { get; init; }

    /// <summary>Display name; the host name unless an admin renamed it.</summary>
    public required string Name { get; init; }

    public required string HostName { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The value of the <c>Patch Group</c> tag, kept in its own column for filters and baseline resolution.</summary>
    public string? PatchGroup { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public required string OsName { get; init; }

    public required string OsVersion { get; init; }

    public required string Arch { get; init; }

    public required string AgentVersion { get; init; }

    public string? ActivationId { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    public required InstanceStatus Status { get; init; }

    // The latest evaluation, copied from the compliance record so that listings and the summary never parse JSON.

    public InstanceComplianceStatus ComplianceStatus { get; init; } = InstanceComplianceStatus.NotScanned;

    public ComplianceSeverity? OverallSeverity { get; init; }

    /// <summary>When the latest scan or install report was ingested.</summary>
    public DateTimeOffset? LastScanAt { get; init; }

    /// <summary>When compliance was last computed (a report, or a re-evaluation after a baseline change).</summary>
    public DateTimeOffset? LastEvaluatedAt { get; init; }

    public string? LastExecutionId { get; init; }

    public string? BaselineId { get; init; }

    public int CompliantCount { get; init; }

    public int NonCompliantCount { get; init; }

    public PatchStateCounts Counts { get; init; } = PatchStateCounts.Zero;

    /// <summary>Online when last seen at or after <paramref name="onlineSince"/>.</summary>
    public PingStatus PingStatusAt(DateTimeOffset onlineSince) =>
        LastSeenAt is { } seen && seen >= onlineSince ? PingStatus.Online : PingStatus.ConnectionLost;
}
