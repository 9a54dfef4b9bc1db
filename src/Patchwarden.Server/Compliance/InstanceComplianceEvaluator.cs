using Microsoft.Extensions.Options;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;
using Patchwarden.Server.Baselines;
using Patchwarden.Store;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Compliance;

/// <summary>
/// Evaluates an instance's inventory with its effective baseline and active standing exceptions, and shapes the result
/// as the store keeps it: the record JSON (the public contract), its summary, and the per-patch rows. Report ingestion
/// and background re-evaluation both go through here, so they cannot disagree.
/// </summary>
public sealed class InstanceComplianceEvaluator(IPatchwardenStore store, EffectiveBaselines baselines, IOptions<ComplianceOptions> options)
{
    /// <param name="instance">The instance as stored (account, name, patch group, OS family).</param>
    /// <param name="inventory">The inventory to evaluate; its OS family must be the instance's.</param>
    /// <param name="executionId">The execution that delivered the inventory (the record's <c>ExecutionSummary.ExecutionId</c>).</param>
    /// <param name="now">The instant approval delays and exception expiries are judged at.</param>
    /// <param name="cancellationToken">Cancels the store reads.</param>
    public async Task<ComplianceEvaluation> EvaluateAsync(
        Instance instance, Inventory inventory, string executionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var context = new InstanceContext
        {
            InstanceId = instance.Id,
            Account = instance.Account,
            Name = instance.Name,
            PatchGroup = instance.PatchGroup,
        };
        var baseline = await baselines.ResolveAsync(instance.PatchGroup, instance.OperatingSystem, cancellationToken);
        var exceptions = await store.Exceptions.ListApplicableAsync(context, now, cancellationToken);
        var evaluation = baseline.Evaluate(inventory, context, exceptions, now);
        var execution = new ExecutionSummary { ExecutionId = executionId, ExecutionTime = inventory.CapturedAt };
        var record = ComplianceRecordBuilder.Build(evaluation, context, execution);
        var states = record.PatchStateSummary;
        return new ComplianceEvaluation
        {
            InstanceId = instance.Id,
            BaselineId = evaluation.BaselineId,
            Status = record.Status == ComplianceStatus.Compliant ? InstanceComplianceStatus.Compliant : InstanceComplianceStatus.NonCompliant,
            OverallSeverity = record.OverallSeverity,
            CompliantCount = record.CompliantSummary.CompliantCount,
            NonCompliantCount = record.NonCompliantSummary.NonCompliantCount,
            Counts = new PatchStateCounts
            {
                Installed = states.InstalledCount,
                InstalledOther = states.InstalledOtherCount,
                InstalledPendingReboot = states.InstalledPendingRebootCount,
                InstalledRejected = states.InstalledRejectedCount,
                Missing = states.MissingCount,
                Failed = states.FailedCount,
                NotApplicable = states.NotApplicableCount,
            },
            RecordJson = ComplianceJson.Serialize(record),
            PatchStates = Rows(evaluation.Patches, options.Value.StoreInstalledOther),
            EvaluatedAt = now,
        };
    }

    private static List<PatchStateRow> Rows(IReadOnlyList<PatchEvaluation> patches, bool keepInstalledOther)
    {
        var rows = new List<PatchStateRow>(keepInstalledOther ? patches.Count : Math.Min(patches.Count, 256));
        foreach (var patch in patches)
        {
            if (patch.State == PatchState.InstalledOther && !keepInstalledOther)
            {
                continue;
            }

            rows.Add(new PatchStateRow
            {
                PatchId = patch.Id,
                Title = patch.Title,
                State = patch.State,
                Severity = patch.Severity,
                Classification = patch.Classification,
                VendorSeverity = patch.VendorSeverity,
                InstalledVersion = patch.InstalledVersion,
                CandidateVersion = patch.CandidateVersion,
                ReleaseDate = patch.ReleaseDate,
                CveIds = patch.CveIds,
                ExceptionId = patch.Exception?.Id,
            });
        }

        return rows;
    }
}
