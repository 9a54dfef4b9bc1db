using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Compliance;

/// <summary>One patch's state on one instance, as the evaluator decided it; the patch id is unique per instance.</summary>
public sealed record PatchStateRow
{
    public required string PatchId { get; init; }

    public string? Title { get; init; }

    public required PatchState State { get; init; }

    /// <summary>The compliance severity the baseline gives a missing patch.</summary>
    public ComplianceSeverity Severity { get; init; } = ComplianceSeverity.Unspecified;

    public string? Classification { get; init; }

    /// <summary>The vendor's severity (the record's <c>PatchSeverity</c>).</summary>
    public string? VendorSeverity { get; init; }

    public string? InstalledVersion { get; init; }

    /// <summary>The version an update would install.</summary>
    public string? CandidateVersion { get; init; }

    public DateTimeOffset? ReleaseDate { get; init; }

    public IReadOnlyList<string> CveIds { get; init; } = [];

    /// <summary>The standing exception that keeps this patch from counting against compliance, if any.</summary>
    public string? ExceptionId { get; init; }
}
