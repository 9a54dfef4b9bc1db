using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Compliance;

/// <summary>The <c>Details</c> of a non-compliant patch in a compliance record, as the proven model's compliance items carry them.</summary>
public sealed record MissingPatchDetails
{
    /// <summary>The vendor's classification (<c>SecurityUpdates</c>, <c>Security</c>, ...); <c>Unspecified</c> when it has none.</summary>
    public required string Classification { get; init; }

    public required string PatchBaselineId { get; init; }

    /// <summary>The instance's patch group; null when it has none.</summary>
    public required string? PatchGroup { get; init; }

    /// <summary>The vendor's severity (<c>Critical</c>, <c>Important</c>, ...); <c>Unspecified</c> when it has none.</summary>
    public required string PatchSeverity { get; init; }

    public required PatchState PatchState { get; init; }
}
