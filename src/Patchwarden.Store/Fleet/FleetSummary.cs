using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Fleet;

/// <summary>The fleet at a glance, over the active instances in the caller's scope.</summary>
public sealed record FleetSummary
{
    public required ComplianceCounts Totals { get; init; }

    public required IReadOnlyDictionary<string, ComplianceCounts> ByAccount { get; init; }

    /// <summary>Instances without a patch group are under the empty string.</summary>
    public required IReadOnlyDictionary<string, ComplianceCounts> ByPatchGroup { get; init; }

    public required IReadOnlyDictionary<OperatingSystemFamily, ComplianceCounts> ByOperatingSystem { get; init; }

    /// <summary>Non-compliant instances by their overall severity.</summary>
    public required IReadOnlyDictionary<ComplianceSeverity, int> NonCompliantBySeverity { get; init; }

    /// <summary>Most-missed patches first (ties by patch id).</summary>
    public required IReadOnlyList<MissingPatchCount> TopMissingPatches { get; init; }
}
