namespace Patchwarden.Store.Compliance;

/// <summary>The SQL of compliance writes that both engines share (parameters named as in <see cref="SummaryColumns"/>).</summary>
internal static class ComplianceSql
{
    /// <summary>Append the dialect's FOR UPDATE: every writer of an instance's compliance rows locks the instance row first.</summary>
    public const string SelectInstance = """
        SELECT account, status, last_execution_id FROM instances WHERE id = @InstanceId
        """;

    // The history row's key (instance, execution id) is the idempotency record: a repeat inserts nothing and
    // returns no row. The EXISTS guard turns an unknown instance into "no row" instead of a foreign-key error.
    public const string InsertHistory = """
        INSERT INTO compliance_history (instance_id, execution_id, operation, received_at, compliance_status, overall_severity,
            compliant_count, non_compliant_count, installed_count, installed_other_count, installed_pending_reboot_count,
            installed_rejected_count, missing_count, failed_count, not_applicable_count)
        SELECT @InstanceId, @ExecutionId, @Operation, @ReceivedAt, @ComplianceStatus, @OverallSeverity,
            @CompliantCount, @NonCompliantCount, @InstalledCount, @InstalledOtherCount, @InstalledPendingRebootCount,
            @InstalledRejectedCount, @MissingCount, @FailedCount, @NotApplicableCount
        WHERE EXISTS (SELECT 1 FROM instances WHERE id = @InstanceId)
        ON CONFLICT (instance_id, execution_id) DO NOTHING
        RETURNING 1
        """;

    public const string SelectMissing = """
        SELECT patch_id FROM patch_states
        WHERE instance_id = @InstanceId AND state IN ('Missing', 'Failed') AND exception_id IS NULL
        """;

    public const string UpsertInventory = """
        INSERT INTO inventories (instance_id, execution_id, captured_at, received_at, document_gz)
        VALUES (@InstanceId, @ExecutionId, @CapturedAt, @ReceivedAt, @DocumentGz)
        ON CONFLICT (instance_id) DO UPDATE SET execution_id = excluded.execution_id, captured_at = excluded.captured_at,
            received_at = excluded.received_at, document_gz = excluded.document_gz
        """;

    public const string DeletePatchStates = """
        DELETE FROM patch_states WHERE instance_id = @InstanceId
        """;

    public const string UpsertRecord = """
        INSERT INTO compliance_records (instance_id, evaluated_at, record_json) VALUES (@InstanceId, @EvaluatedAt, @RecordJson)
        ON CONFLICT (instance_id) DO UPDATE SET evaluated_at = excluded.evaluated_at, record_json = excluded.record_json
        """;

    private const string SummaryAssignments = """
        compliance_status = @ComplianceStatus, overall_severity = @OverallSeverity,
            last_evaluated_at = @EvaluatedAt, baseline_id = @BaselineId, compliant_count = @CompliantCount,
            non_compliant_count = @NonCompliantCount, installed_count = @InstalledCount,
            installed_other_count = @InstalledOtherCount, installed_pending_reboot_count = @InstalledPendingRebootCount,
            installed_rejected_count = @InstalledRejectedCount, missing_count = @MissingCount, failed_count = @FailedCount,
            not_applicable_count = @NotApplicableCount
        """;

    public const string UpdateSummary = $"""
        UPDATE instances SET {SummaryAssignments}
        WHERE id = @InstanceId
        """;

    // A report proves the agent is alive, so last-seen moves forward with it.
    public const string UpdateSummaryAfterReport = $"""
        UPDATE instances SET {SummaryAssignments}, last_scan_at = @ReceivedAt, last_execution_id = @ExecutionId,
            last_seen_at = CASE WHEN last_seen_at IS NULL OR last_seen_at < @ReceivedAt THEN @ReceivedAt ELSE last_seen_at END
        WHERE id = @InstanceId
        """;
}
