using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Compliance;

/// <summary>A non-compliant patch in a compliance record's <c>MissingPatches</c>.</summary>
public sealed record MissingPatch
{
    public required string Id { get; init; }

    public required string? Title { get; init; }

    /// <summary>The compliance severity the baseline gives it.</summary>
    public required ComplianceSeverity Severity { get; init; }

    public required MissingPatchDetails Details { get; init; }
}
