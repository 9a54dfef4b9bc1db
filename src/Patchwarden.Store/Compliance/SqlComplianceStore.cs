using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Engine;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Compliance;

/// <summary><see cref="IComplianceStore"/>: reads in shared SQL here, writes in <see cref="ComplianceWriter"/>.</summary>
internal sealed class SqlComplianceStore(StoreDatabase database) : IComplianceStore
{
    private const string SelectRecord = """
        SELECT r.record_json FROM compliance_records r JOIN instances i ON i.id = r.instance_id
        """;

    private const string SelectInventory = """
        SELECT v.instance_id, v.execution_id, v.captured_at, v.received_at, v.document_gz
        FROM inventories v JOIN instances i ON i.id = v.instance_id
        """;

    private const string SelectInstanceId = """
        SELECT id FROM instances
        """;

    private const string PatchStateColumns = """
        p.patch_id, p.title, p.state, p.severity, p.classification, p.vendor_severity, p.installed_version,
        p.candidate_version, p.release_date, p.cve_ids, p.exception_id
        """;

    private const string SelectPatchStates = $"""
        SELECT {PatchStateColumns} FROM patch_states p WHERE p.instance_id = @InstanceId ORDER BY p.patch_id
        """;

    private const string SelectHistory = """
        SELECT h.instance_id, h.execution_id, h.operation, h.received_at, h.compliance_status, h.overall_severity,
               h.compliant_count, h.non_compliant_count, h.installed_count, h.installed_other_count,
               h.installed_pending_reboot_count, h.installed_rejected_count, h.missing_count, h.failed_count,
               h.not_applicable_count
        FROM compliance_history h JOIN instances i ON i.id = h.instance_id
        """;

    private const string SelectItems = $"""
        SELECT i.id AS instance_id, i.account, i.name AS instance_name, i.patch_group, i.os_family, i.baseline_id,
               i.last_evaluated_at, {PatchStateColumns}
        FROM patch_states p JOIN instances i ON i.id = p.instance_id
        """;

    // Re-evaluation targets: active instances with an inventory to evaluate.
    private const string SelectReevaluable = """
        SELECT id FROM instances WHERE status = 'active' AND last_execution_id IS NOT NULL
        """;

    private const string OnDefaultBaseline = """
        AND os_family = @OsFamily
        AND NOT EXISTS (SELECT 1 FROM patch_groups g WHERE g.name = instances.patch_group AND g.os_family = instances.os_family)
        """;

    private readonly ComplianceWriter _writer = new(database);

    public Task<IngestionStatus> IngestReportAsync(ReportIngestion report, CancellationToken cancellationToken) =>
        _writer.IngestAsync(report, cancellationToken);

    public Task<ReevaluationStatus> ReevaluateAsync(ComplianceReevaluation reevaluation, CancellationToken cancellationToken) =>
        _writer.ReevaluateAsync(reevaluation, cancellationToken);

    public Task<string?> GetRecordJsonAsync(AccountScope scope, string instanceId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "i.account").Add("r.instance_id = @InstanceId", "InstanceId", instanceId);
            return session.QuerySingleOrDefaultAsync<string>($"{SelectRecord} {filter.Where()}", filter.Parameters);
        }, cancellationToken);

    public Task<StoredInventory?> GetLatestInventoryAsync(AccountScope scope, string instanceId, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "i.account").Add("v.instance_id = @InstanceId", "InstanceId", instanceId);
            var row = await session.QuerySingleOrDefaultAsync<InventoryRow>($"{SelectInventory} {filter.Where()}", filter.Parameters);
            return row is null ? null : new StoredInventory
            {
                InstanceId = row.InstanceId,
                ExecutionId = row.ExecutionId,
                CapturedAt = StoreTime.FromMs(row.CapturedAt),
                ReceivedAt = StoreTime.FromMs(row.ReceivedAt),
                Document = InventoryDocument.FromGzip(row.DocumentGz),
            };
        }, cancellationToken);

    public Task<IReadOnlyList<PatchStateRow>?> ListPatchStatesAsync(AccountScope scope, string instanceId, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "account").Add("id = @InstanceId", "InstanceId", instanceId);
            if (await session.QuerySingleOrDefaultAsync<string>($"{SelectInstanceId} {filter.Where()}", filter.Parameters) is null)
            {
                return null;
            }

            var rows = await session.QueryAsync<PatchStateDbRow>(SelectPatchStates, new { InstanceId = instanceId });
            return (IReadOnlyList<PatchStateRow>?)rows.Select(r => r.ToPatchState()).ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<ComplianceHistoryEntry>> ListHistoryAsync(AccountScope scope, string instanceId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "i.account").Add("h.instance_id = @InstanceId", "InstanceId", instanceId);
            filter.Parameters.Add("Limit", limit);
            var rows = await session.QueryAsync<HistoryRow>(
                $"{SelectHistory} {filter.Where()} ORDER BY h.received_at DESC, h.execution_id DESC LIMIT @Limit", filter.Parameters);
            return (IReadOnlyList<ComplianceHistoryEntry>)rows.Select(r => r.ToEntry()).ToList();
        }, cancellationToken);
    }

    public Task<ComplianceItemPage> ListItemsAsync(AccountScope scope, ComplianceItemQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit is < 1 or > ComplianceItemQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Limit must be 1–{ComplianceItemQuery.MaxLimit}.");
        }

        return database.ReadAsync(async session =>
        {
            var filter = ItemFilter(session.Dialect, scope, query);
            filter.Parameters.Add("Take", query.Limit + 1);
            var rows = await session.QueryAsync<ItemRow>($"{SelectItems} {filter.Where()} ORDER BY p.instance_id, p.patch_id LIMIT @Take", filter.Parameters);
            var items = rows.Take(query.Limit).Select(r => r.ToItem()).ToList();
            var next = rows.Count > query.Limit ? new ComplianceItemCursor(items[^1].InstanceId, items[^1].Patch.PatchId) : null;
            return new ComplianceItemPage(items, next);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<string>> ListInstancesEvaluatedWithAsync(string baselineId, CancellationToken cancellationToken) =>
        ListReevaluableAsync("AND baseline_id = @BaselineId", new { BaselineId = baselineId }, cancellationToken);

    public Task<IReadOnlyList<string>> ListInstancesInPatchGroupAsync(string patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken) =>
        ListReevaluableAsync("AND patch_group = @PatchGroup AND os_family = @OsFamily", new { PatchGroup = patchGroup, OsFamily = StoreText.Of(operatingSystem) }, cancellationToken);

    public Task<IReadOnlyList<string>> ListInstancesOnDefaultBaselineAsync(OperatingSystemFamily operatingSystem, CancellationToken cancellationToken) =>
        ListReevaluableAsync(OnDefaultBaseline, new { OsFamily = StoreText.Of(operatingSystem) }, cancellationToken);

    public Task<IReadOnlyList<string>> ListInstancesCoveredByAsync(StandingException exception, CancellationToken cancellationToken) =>
        exception.ScopeKind switch
        {
            ExceptionScopeKind.Instance => ListReevaluableAsync("AND account = @Account AND id = @Value", new { exception.Account, Value = exception.ScopeValue }, cancellationToken),
            ExceptionScopeKind.Account => ListReevaluableAsync("AND account = @Account AND account = @Value", new { exception.Account, Value = exception.ScopeValue }, cancellationToken),
            ExceptionScopeKind.PatchGroup => ListReevaluableAsync("AND account = @Account AND patch_group = @Value", new { exception.Account, Value = exception.ScopeValue }, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(exception), exception.ScopeKind, null),
        };

    private Task<IReadOnlyList<string>> ListReevaluableAsync(string condition, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync(async session => await session.QueryAsync<string>($"{SelectReevaluable} {condition} ORDER BY id", parameters), cancellationToken);

    private static SqlFilter ItemFilter(SqlDialect dialect, AccountScope scope, ComplianceItemQuery query)
    {
        var filter = new SqlFilter(dialect, scope, "i.account").Add("i.status = 'active'");
        if (query.Account is not null)
        {
            filter.Add("i.account = @Account", "Account", query.Account);
        }

        if (query.PatchGroup is not null)
        {
            filter.Add("i.patch_group = @PatchGroup", "PatchGroup", query.PatchGroup);
        }

        if (query.InstanceId is not null)
        {
            filter.Add("p.instance_id = @InstanceId", "InstanceId", query.InstanceId);
        }

        if (query.PatchId is not null)
        {
            filter.Add("p.patch_id = @PatchId", "PatchId", query.PatchId);
        }

        if (query.States is { Count: > 0 } states)
        {
            filter.Add(dialect.InList("p.state", "States"), "States", states.Select(StoreText.Of).ToArray());
        }

        if (query.Severity is { } severity)
        {
            filter.Add("p.severity = @Severity", "Severity", StoreText.Of(severity));
        }

        if (query.After is { } after)
        {
            filter.Add("p.instance_id > @AfterInstance OR (p.instance_id = @AfterInstance AND p.patch_id > @AfterPatch)", "AfterInstance", after.InstanceId);
            filter.Parameters.Add("AfterPatch", after.PatchId);
        }

        return filter;
    }
}
