using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Baselines;

/// <summary>An approval rule: patches its filter group matches are approved once old enough (or released by a date).</summary>
public sealed record PatchRule
{
    public required PatchFilterGroup PatchFilterGroup { get; init; }

    public ComplianceSeverity ComplianceLevel { get; init; } = ComplianceSeverity.Unspecified;

    /// <summary>0–360 whole UTC days after release; exclusive with <see cref="ApproveUntilDate"/>.</summary>
    public int? ApproveAfterDays { get; init; }

    /// <summary>Approve patches released on or before this date (UTC); exclusive with <see cref="ApproveAfterDays"/>.</summary>
    public DateOnly? ApproveUntilDate { get; init; }

    /// <summary>Linux: also approve updates that are not security updates.</summary>
    public bool EnableNonSecurity { get; init; }
}
