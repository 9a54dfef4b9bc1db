using Npgsql;
using NpgsqlTypes;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Engine;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Postgres;

/// <summary>
/// PostgreSQL's hot-path writes: rows passed as parallel arrays and expanded with <c>unnest</c>, and all of an
/// evaluation's statements sent as one <see cref="NpgsqlBatch"/> (one round trip instead of six).
/// </summary>
internal sealed class PostgresBulkWriter : BulkWriter
{
    private const string InsertPatchStates = """
        INSERT INTO patch_states (instance_id, patch_id, title, state, severity, classification, vendor_severity,
                                  installed_version, candidate_version, release_date, cve_ids, exception_id)
        SELECT @InstanceId, r.*
        FROM unnest(@PatchIds, @Titles, @States, @Severities, @Classifications, @VendorSeverities,
                    @InstalledVersions, @CandidateVersions, @ReleaseDates, @CveIds, @ExceptionIds) AS r
        """;

    // Ordered by patch id so that concurrent ingestions lock counter rows in the same order and cannot deadlock.
    private const string AdjustMissingCounts = """
        INSERT INTO missing_patch_counts (account, patch_id, instance_count)
        SELECT @Account, d.patch_id, d.delta
        FROM unnest(@PatchIds, @Deltas) AS d (patch_id, delta)
        ORDER BY d.patch_id
        ON CONFLICT (account, patch_id) DO UPDATE SET instance_count = missing_patch_counts.instance_count + excluded.instance_count
        """;

    private const string MoveLastSeenForward = """
        UPDATE instances AS i SET last_seen_at = u.seen_at
        FROM unnest(@Ids, @SeenAts) AS u (id, seen_at)
        WHERE i.id = u.id AND (i.last_seen_at IS NULL OR i.last_seen_at < u.seen_at)
        """;

    public override async Task WriteEvaluationAsync(DbSession session, EvaluationWrite write)
    {
        var instanceId = write.Summary.InstanceId;
        await using var batch = new NpgsqlBatch((NpgsqlConnection)session.Connection, (NpgsqlTransaction?)session.Transaction);
        if (write.Inventory is { } inventory)
        {
            var upsert = Add(batch, ComplianceSql.UpsertInventory);
            upsert.Parameters.AddWithValue("InstanceId", NpgsqlDbType.Text, instanceId);
            upsert.Parameters.AddWithValue("ExecutionId", NpgsqlDbType.Text, inventory.ExecutionId);
            upsert.Parameters.AddWithValue("CapturedAt", NpgsqlDbType.Bigint, inventory.CapturedAt);
            upsert.Parameters.AddWithValue("ReceivedAt", NpgsqlDbType.Bigint, inventory.ReceivedAt);
            upsert.Parameters.AddWithValue("DocumentGz", NpgsqlDbType.Bytea, inventory.DocumentGz);
        }

        Add(batch, ComplianceSql.DeletePatchStates).Parameters.AddWithValue("InstanceId", NpgsqlDbType.Text, instanceId);
        if (write.PatchStates.Count > 0)
        {
            AddPatchStates(Add(batch, InsertPatchStates), instanceId, write.PatchStates);
        }

        var record = Add(batch, ComplianceSql.UpsertRecord);
        record.Parameters.AddWithValue("InstanceId", NpgsqlDbType.Text, instanceId);
        record.Parameters.AddWithValue("EvaluatedAt", NpgsqlDbType.Bigint, write.Summary.EvaluatedAt);
        record.Parameters.AddWithValue("RecordJson", NpgsqlDbType.Text, write.RecordJson);
        AddSummary(Add(batch, write.Inventory is null ? ComplianceSql.UpdateSummary : ComplianceSql.UpdateSummaryAfterReport), write.Summary);

        // Counters last: they are the rows concurrent ingestions share, so they are locked for the shortest time.
        if (write.MissingDeltas.Count > 0)
        {
            AddDeltas(Add(batch, AdjustMissingCounts), write.Account, write.MissingDeltas);
        }

        await batch.ExecuteNonQueryAsync(session.CancellationToken);
    }

    public override async Task AdjustMissingCountsAsync(DbSession session, string account, IReadOnlyList<KeyValuePair<string, int>> deltasByPatchId)
    {
        if (deltasByPatchId.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(AdjustMissingCounts, (NpgsqlConnection)session.Connection, (NpgsqlTransaction?)session.Transaction);
        AddDeltas(command.Parameters, account, deltasByPatchId);
        await command.ExecuteNonQueryAsync(session.CancellationToken);
    }

    public override async Task<int> RecordHeartbeatsAsync(DbSession session, IReadOnlyList<InstanceHeartbeat> heartbeats)
    {
        await using var command = new NpgsqlCommand(MoveLastSeenForward, (NpgsqlConnection)session.Connection, (NpgsqlTransaction?)session.Transaction);
        command.Parameters.AddWithValue("Ids", NpgsqlDbType.Array | NpgsqlDbType.Text, heartbeats.Select(h => h.InstanceId).ToArray());
        command.Parameters.AddWithValue("SeenAts", NpgsqlDbType.Array | NpgsqlDbType.Bigint, heartbeats.Select(h => StoreTime.ToMs(h.SeenAt)).ToArray());
        return await command.ExecuteNonQueryAsync(session.CancellationToken);
    }

    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        batch.BatchCommands.Add(command);
        return command;
    }

    private static void AddDeltas(NpgsqlBatchCommand command, string account, IReadOnlyList<KeyValuePair<string, int>> deltas) =>
        AddDeltas(command.Parameters, account, deltas);

    private static void AddDeltas(NpgsqlParameterCollection parameters, string account, IReadOnlyList<KeyValuePair<string, int>> deltas)
    {
        parameters.AddWithValue("Account", NpgsqlDbType.Text, account);
        parameters.AddWithValue("PatchIds", NpgsqlDbType.Array | NpgsqlDbType.Text, deltas.Select(d => d.Key).ToArray());
        parameters.AddWithValue("Deltas", NpgsqlDbType.Array | NpgsqlDbType.Integer, deltas.Select(d => d.Value).ToArray());
    }

    private static void AddPatchStates(NpgsqlBatchCommand command, string instanceId, IReadOnlyList<PatchStateRow> rows)
    {
        var p = command.Parameters;
        p.AddWithValue("InstanceId", NpgsqlDbType.Text, instanceId);
        Texts(p, "PatchIds", rows, r => r.PatchId);
        Texts(p, "Titles", rows, r => r.Title);
        Texts(p, "States", rows, r => StoreText.Of(r.State));
        Texts(p, "Severities", rows, r => StoreText.Of(r.Severity));
        Texts(p, "Classifications", rows, r => r.Classification);
        Texts(p, "VendorSeverities", rows, r => r.VendorSeverity);
        Texts(p, "InstalledVersions", rows, r => r.InstalledVersion);
        Texts(p, "CandidateVersions", rows, r => r.CandidateVersion);
        p.AddWithValue("ReleaseDates", NpgsqlDbType.Array | NpgsqlDbType.Bigint, rows.Select(r => StoreTime.ToMs(r.ReleaseDate)).ToArray());
        Texts(p, "CveIds", rows, r => PatchStateCodec.JoinCves(r.CveIds));
        Texts(p, "ExceptionIds", rows, r => r.ExceptionId);
    }

    private static void AddSummary(NpgsqlBatchCommand command, SummaryColumns s)
    {
        var p = command.Parameters;
        p.AddWithValue("InstanceId", NpgsqlDbType.Text, s.InstanceId);
        p.AddWithValue("ComplianceStatus", NpgsqlDbType.Text, s.ComplianceStatus);
        p.AddWithValue("OverallSeverity", NpgsqlDbType.Text, s.OverallSeverity);
        p.AddWithValue("EvaluatedAt", NpgsqlDbType.Bigint, s.EvaluatedAt);
        p.AddWithValue("BaselineId", NpgsqlDbType.Text, s.BaselineId);
        p.AddWithValue("CompliantCount", NpgsqlDbType.Integer, s.CompliantCount);
        p.AddWithValue("NonCompliantCount", NpgsqlDbType.Integer, s.NonCompliantCount);
        p.AddWithValue("InstalledCount", NpgsqlDbType.Integer, s.InstalledCount);
        p.AddWithValue("InstalledOtherCount", NpgsqlDbType.Integer, s.InstalledOtherCount);
        p.AddWithValue("InstalledPendingRebootCount", NpgsqlDbType.Integer, s.InstalledPendingRebootCount);
        p.AddWithValue("InstalledRejectedCount", NpgsqlDbType.Integer, s.InstalledRejectedCount);
        p.AddWithValue("MissingCount", NpgsqlDbType.Integer, s.MissingCount);
        p.AddWithValue("FailedCount", NpgsqlDbType.Integer, s.FailedCount);
        p.AddWithValue("NotApplicableCount", NpgsqlDbType.Integer, s.NotApplicableCount);
        if (s.ExecutionId is not null)
        {
            p.AddWithValue("ExecutionId", NpgsqlDbType.Text, s.ExecutionId);
            p.AddWithValue("ReceivedAt", NpgsqlDbType.Bigint, s.ReceivedAt ?? throw new InvalidOperationException("A report's summary carries its time."));
        }
    }

    private static void Texts(NpgsqlParameterCollection parameters, string name, IReadOnlyList<PatchStateRow> rows, Func<PatchStateRow, string?> value) =>
        parameters.AddWithValue(name, NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(value).ToArray());
}
