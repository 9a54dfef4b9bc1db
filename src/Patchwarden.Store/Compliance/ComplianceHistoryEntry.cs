using Patchwarden.Core.Patches;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Compliance;

/// <summary>One ingested report in an instance's history.</summary>
public sealed record ComplianceHistoryEntry
{
    public required string InstanceId { get; init; }

    public required string ExecutionId { get; init; }

    public required ComplianceOperation Operation { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required InstanceComplianceStatus Status { get; init; }

    public required ComplianceSeverity OverallSeverity { get; init; }

    public required int CompliantCount { get; init; }

    public required int NonCompliantCount { get; init; }

    public required PatchStateCounts Counts { get; init; }
}
