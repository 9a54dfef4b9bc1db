using Patchwarden.Core.Patches;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Compliance;

/// <summary>The result of evaluating an instance's inventory against its baseline, as the store keeps it.</summary>
/// <remarks>
/// The compliance record is stored as its serialized JSON (the public contract shape) and returned verbatim;
/// the summary values beside it are what listings, filters and the fleet summary read.
/// </remarks>
public sealed record ComplianceEvaluation
{
    public required string InstanceId { get; init; }

    public required string BaselineId { get; init; }

    /// <summary>Compliant or NonCompliant (NotScanned is not an evaluation result).</summary>
    public required InstanceComplianceStatus Status { get; init; }

    public required ComplianceSeverity OverallSeverity { get; init; }

    public required int CompliantCount { get; init; }

    public required int NonCompliantCount { get; init; }

    public required PatchStateCounts Counts { get; init; }

    /// <summary>The compliance record, serialized in the seed's shape.</summary>
    public required string RecordJson { get; init; }

    /// <summary>Every per-patch state; replaces the instance's previous rows. Patch ids must be unique.</summary>
    public required IReadOnlyList<PatchStateRow> PatchStates { get; init; }

    public required DateTimeOffset EvaluatedAt { get; init; }
}
