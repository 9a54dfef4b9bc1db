using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>One patch's state on one instance as the baseline sees it, with what the compliance record and the store need to show it.</summary>
public sealed record PatchEvaluation
{
    /// <summary>The patch id (apt package name, dnf <c>name.arch</c>, KB id), or a literal approved-list entry for <see cref="PatchState.NotApplicable"/>.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    public required PatchState State { get; init; }

    /// <summary>The compliance severity the baseline gives it (the approving rule's level); UNSPECIFIED when nothing approved it.</summary>
    public ComplianceSeverity Severity { get; init; } = ComplianceSeverity.Unspecified;

    public string? Classification { get; init; }

    /// <summary>The vendor's severity (the record's <c>PatchSeverity</c>).</summary>
    public string? VendorSeverity { get; init; }

    public string? InstalledVersion { get; init; }

    /// <summary>The version the update installs; null for installed packages without an update in this state.</summary>
    public string? CandidateVersion { get; init; }

    public DateTimeOffset? ReleaseDate { get; init; }

    public IReadOnlyList<string> CveIds { get; init; } = [];

    public string? AdvisoryId { get; init; }

    public bool RequiresReboot { get; init; }

    public ApprovalSource ApprovedBy { get; init; }

    /// <summary>The index of the approval rule that gave the severity, when a rule did.</summary>
    public int? ApprovalRuleIndex { get; init; }

    /// <summary>The standing exception that keeps this patch from counting against compliance, if one is in force.</summary>
    public StandingException? Exception { get; init; }

    /// <summary>Counts as compliant: a compliant state, or a non-compliant one covered by an active exception.</summary>
    public bool IsCompliant => Exception is not null || State.IsCompliant();
}
