using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Compliance;

/// <summary>Turns an evaluation into the instance's compliance record.</summary>
/// <remarks>
/// Compliant: Installed, InstalledOther, NotApplicable, and Missing or Failed patches covered by a standing exception.
/// Non-compliant: every other Missing, Failed, InstalledPendingReboot and InstalledRejected patch. <c>MissingPatches</c>
/// lists the non-compliant patches (as the proven model's non-compliant compliance items, so
/// <c>NonCompliantCount</c> always equals its length); excepted ones are listed in <c>ExceptedPatches</c> instead.
/// </remarks>
public static class ComplianceRecordBuilder
{
    /// <summary>What the record says when a patch has no vendor classification or severity, as the proven model writes it.</summary>
    public const string Unspecified = "Unspecified";

    public static ComplianceRecord Build(BaselineEvaluation evaluation, InstanceContext instance, ExecutionSummary execution)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(execution);

        Span<int> compliant = stackalloc int[SeveritySummary.Levels];
        Span<int> nonCompliant = stackalloc int[SeveritySummary.Levels];
        Span<int> byState = stackalloc int[(int)PatchState.Failed + 1];
        var missing = new List<MissingPatch>();
        var excepted = new List<ExceptedPatch>();
        var overall = ComplianceSeverity.Unspecified;
        foreach (var patch in evaluation.Patches)
        {
            byState[(int)patch.State]++;
            if (patch.IsCompliant)
            {
                compliant[(int)patch.Severity]++;
                if (patch.Exception is { } exception)
                {
                    excepted.Add(Excepted(patch, exception));
                }
            }
            else
            {
                nonCompliant[(int)patch.Severity]++;
                overall = patch.Severity > overall ? patch.Severity : overall;
                missing.Add(Missing(patch, evaluation.BaselineId, instance.PatchGroup));
            }
        }

        return new ComplianceRecord
        {
            ResourceId = instance.InstanceId,
            Status = missing.Count > 0 ? ComplianceStatus.NonCompliant : ComplianceStatus.Compliant,
            OverallSeverity = overall,
            ExecutionSummary = execution,
            CompliantSummary = new CompliantSummary { CompliantCount = Sum(compliant), SeveritySummary = SeveritySummary.Of(compliant) },
            NonCompliantSummary = new NonCompliantSummary { NonCompliantCount = missing.Count, SeveritySummary = SeveritySummary.Of(nonCompliant) },
            MissingPatches = missing,
            Account = instance.Account,
            Name = string.IsNullOrEmpty(instance.Name) ? instance.InstanceId : instance.Name,
            PatchBaselineId = evaluation.BaselineId,
            PatchGroup = instance.PatchGroup,
            RebootPending = evaluation.RebootRequired || byState[(int)PatchState.InstalledPendingReboot] > 0,
            EvaluatedAt = evaluation.EvaluatedAt,
            PatchStateSummary = new PatchStateSummary
            {
                InstalledCount = byState[(int)PatchState.Installed],
                InstalledOtherCount = byState[(int)PatchState.InstalledOther],
                InstalledPendingRebootCount = byState[(int)PatchState.InstalledPendingReboot],
                InstalledRejectedCount = byState[(int)PatchState.InstalledRejected],
                MissingCount = byState[(int)PatchState.Missing],
                FailedCount = byState[(int)PatchState.Failed],
                NotApplicableCount = byState[(int)PatchState.NotApplicable],
                ExceptedCount = excepted.Count,
            },
            ExceptedPatches = excepted,
        };
    }

    private static MissingPatch Missing(PatchEvaluation patch, string baselineId, string? patchGroup) => new()
    {
        Id = patch.Id,
        Title = patch.Title,
        Severity = patch.Severity,
        Details = new MissingPatchDetails
        {
            Classification = OrUnspecified(patch.Classification),
            PatchBaselineId = baselineId,
            PatchGroup = patchGroup,
            PatchSeverity = OrUnspecified(patch.VendorSeverity),
            PatchState = patch.State,
        },
    };

    private static ExceptedPatch Excepted(PatchEvaluation patch, StandingException exception) => new()
    {
        Id = patch.Id,
        Title = patch.Title,
        Severity = patch.Severity,
        PatchState = patch.State,
        ExceptionId = exception.Id,
        Reason = exception.Reason,
        Author = exception.Author,
        ExpiresAt = exception.ExpiresAt,
    };

    private static int Sum(ReadOnlySpan<int> counts)
    {
        var sum = 0;
        foreach (var count in counts)
        {
            sum += count;
        }

        return sum;
    }

    private static string OrUnspecified(string? value) => string.IsNullOrWhiteSpace(value) ? Unspecified : value;
}
