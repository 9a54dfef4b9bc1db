using Dapper;
using Patchwarden.Store.Engine;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Compliance;

/// <summary>
/// The ingestion hot path and background re-evaluation, each one transaction: lock the instance row, check the
/// execution id and read the old missing set in one round trip, then hand every write to the engine at once.
/// </summary>
internal sealed class ComplianceWriter(StoreDatabase database)
{
    public Task<IngestionStatus> IngestAsync(ReportIngestion report, CancellationToken cancellationToken)
    {
        var evaluation = Check(report.Evaluation);
        var summary = Summary(evaluation) with
        {
            ExecutionId = report.ExecutionId,
            Operation = StoreText.Of(report.Operation),
            ReceivedAt = StoreTime.ToMs(report.ReceivedAt),
        };
        return database.WriteAsync(async session =>
        {
            var sql = $"{ComplianceSql.SelectInstance}{session.Dialect.ForUpdate};\n{ComplianceSql.InsertHistory};\n{ComplianceSql.SelectMissing}";
            await using var results = await session.QueryMultipleAsync(sql, summary);
            var instance = await results.ReadSingleOrDefaultAsync<InstanceStateRow>();
            var isNew = (await results.ReadAsync<int>()).Any();
            var previouslyMissing = await results.ReadAsync<string>();
            if (instance is null || !isNew)
            {
                session.RequestRollback();
                return instance is null ? IngestionStatus.InstanceNotFound : IngestionStatus.AlreadyIngested;
            }

            var inventory = new InventoryWrite(evaluation.InstanceId, report.ExecutionId, StoreTime.ToMs(report.CapturedAt), summary.ReceivedAt!.Value, report.Inventory.Gzip.ToArray());
            await database.Bulk.WriteEvaluationAsync(session, Write(instance, evaluation, summary, previouslyMissing, inventory));
            return IngestionStatus.Ingested;
        }, cancellationToken);
    }

    public Task<ReevaluationStatus> ReevaluateAsync(ComplianceReevaluation reevaluation, CancellationToken cancellationToken)
    {
        var evaluation = Check(reevaluation.Evaluation);
        var summary = Summary(evaluation);
        return database.WriteAsync(async session =>
        {
            await using var results = await session.QueryMultipleAsync($"{ComplianceSql.SelectInstance}{session.Dialect.ForUpdate};\n{ComplianceSql.SelectMissing}", summary);
            var instance = await results.ReadSingleOrDefaultAsync<InstanceStateRow>();
            var previouslyMissing = await results.ReadAsync<string>();

            // The instance row is locked (or the writer is ours), so no report can slip in between this check and the write.
            if (instance is null || !string.Equals(instance.LastExecutionId, reevaluation.BasedOnExecutionId, StringComparison.Ordinal))
            {
                session.RequestRollback();
                return instance is null ? ReevaluationStatus.InstanceNotFound : ReevaluationStatus.Superseded;
            }

            await database.Bulk.WriteEvaluationAsync(session, Write(instance, evaluation, summary, previouslyMissing, inventory: null));
            return ReevaluationStatus.Applied;
        }, cancellationToken);
    }

    private static EvaluationWrite Write(
        InstanceStateRow instance, ComplianceEvaluation evaluation, SummaryColumns summary, IEnumerable<string> previouslyMissing, InventoryWrite? inventory)
    {
        // Only active instances count towards the missing-patch counters.
        var deltas = instance.Status == StoreText.Of(InstanceStatus.Active)
            ? MissingPatchCounter.Difference(
                previouslyMissing,
                evaluation.PatchStates.Where(p => MissingPatchCounter.CountsAsMissing(p.State, p.ExceptionId)).Select(p => p.PatchId))
            : [];
        return new EvaluationWrite
        {
            Account = instance.Account,
            Summary = summary,
            RecordJson = evaluation.RecordJson,
            PatchStates = evaluation.PatchStates,
            Inventory = inventory,
            MissingDeltas = deltas,
        };
    }

    private static ComplianceEvaluation Check(ComplianceEvaluation evaluation) =>
        evaluation.Status == InstanceComplianceStatus.NotScanned
            ? throw new ArgumentException("An evaluation's status is Compliant or NonCompliant.", nameof(evaluation))
            : evaluation;

    private static SummaryColumns Summary(ComplianceEvaluation e) => new()
    {
        InstanceId = e.InstanceId,
        ComplianceStatus = StoreText.Of(e.Status),
        OverallSeverity = StoreText.Of(e.OverallSeverity),
        EvaluatedAt = StoreTime.ToMs(e.EvaluatedAt),
        BaselineId = e.BaselineId,
        CompliantCount = e.CompliantCount,
        NonCompliantCount = e.NonCompliantCount,
        InstalledCount = e.Counts.Installed,
        InstalledOtherCount = e.Counts.InstalledOther,
        InstalledPendingRebootCount = e.Counts.InstalledPendingReboot,
        InstalledRejectedCount = e.Counts.InstalledRejected,
        MissingCount = e.Counts.Missing,
        FailedCount = e.Counts.Failed,
        NotApplicableCount = e.Counts.NotApplicable,
    };

    private sealed class InstanceStateRow
    {
        public string Account { get; set; } = "";

        public string Status { get; set; } = "";

        public string? LastExecutionId { get; set; }
    }
}
