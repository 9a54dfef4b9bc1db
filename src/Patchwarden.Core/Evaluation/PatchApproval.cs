using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>The baseline's verdict on one package: approved or not, rejected or not, and the compliance severity it carries.</summary>
/// <param name="Source">What approved it; <see cref="ApprovalSource.None"/> when nothing did, or when it is rejected.</param>
/// <param name="Severity">
/// The compliance level of the approving rule (the highest when several rules or the approved list approve it). For a
/// rejected package, the severity it would have had without the rejection, so that an installed rejected package weighs
/// what the baseline otherwise thinks of it.
/// </param>
/// <param name="RuleIndex">The approving rule's index in the baseline's rules, when a rule gave the severity.</param>
/// <param name="IsRejected">The rejected list names it; a rejected package is never approved.</param>
public readonly record struct PatchApproval(ApprovalSource Source, ComplianceSeverity Severity, int? RuleIndex, bool IsRejected)
{
    public bool IsApproved => Source != ApprovalSource.None;
}
