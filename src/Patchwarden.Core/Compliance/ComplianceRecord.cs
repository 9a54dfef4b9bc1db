using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Compliance;

/// <summary>One instance's patch compliance in the public contract shape (the seed's sample), with extensions after the sample's fields.</summary>
/// <remarks>
/// Properties are declared in the sample's order, so the JSON reads the same. The sample's fields never change meaning;
/// everything after <see cref="Name"/> is an extension. Serialize with <see cref="ComplianceJson"/>.
/// </remarks>
public sealed record ComplianceRecord
{
    public const string PatchComplianceType = "Patch";

    public const string ManagedInstanceResourceType = "ManagedInstance";

    public string ComplianceType { get; init; } = PatchComplianceType;

    public string ResourceType { get; init; } = ManagedInstanceResourceType;

    /// <summary>The instance id.</summary>
    public required string ResourceId { get; init; }

    public required ComplianceStatus Status { get; init; }

    /// <summary>The highest compliance severity among the non-compliant patches; UNSPECIFIED when there are none.</summary>
    public required ComplianceSeverity OverallSeverity { get; init; }

    public required ExecutionSummary ExecutionSummary { get; init; }

    public required CompliantSummary CompliantSummary { get; init; }

    public required NonCompliantSummary NonCompliantSummary { get; init; }

    /// <summary>Every non-compliant patch (Missing, Failed, InstalledPendingReboot, InstalledRejected), its state in <c>Details.PatchState</c>.</summary>
    public required IReadOnlyList<MissingPatch> MissingPatches { get; init; }

    public required string Account { get; init; }

    /// <summary>The instance's name; its id when it has none.</summary>
    public required string Name { get; init; }

    // Extensions.

    public required string PatchBaselineId { get; init; }

    public required string? PatchGroup { get; init; }

    /// <summary>The instance must reboot: the OS says so, or patches are installed pending reboot.</summary>
    public required bool RebootPending { get; init; }

    public required DateTimeOffset EvaluatedAt { get; init; }

    public required PatchStateSummary PatchStateSummary { get; init; }

    /// <summary>Patches that would be non-compliant but are covered by an active standing exception; they count as compliant.</summary>
    public required IReadOnlyList<ExceptedPatch> ExceptedPatches { get; init; }
}
