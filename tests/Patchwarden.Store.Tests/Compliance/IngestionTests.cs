using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Compliance;

public abstract class IngestionTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task An_ingested_report_writes_inventory_states_record_summary_and_history()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        var inventory = """{"Installed":[{"Id":"openssl","Version":"3.0.11"}],"RebootRequired":false}""";
        var report = TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl", ComplianceSeverity.Critical), TestData.Installed("bash")], inventoryJson: inventory);

        Assert.Equal(IngestionStatus.Ingested, await Store.Compliance.IngestReportAsync(report, Ct));

        var stored = (await Store.Instances.GetAsync(AccountScope.All, instance.Id, Ct))!;
        Assert.Equal(InstanceComplianceStatus.NonCompliant, stored.ComplianceStatus);
        Assert.Equal(ComplianceSeverity.Critical, stored.OverallSeverity);
        Assert.Equal(1, stored.NonCompliantCount);
        Assert.Equal(1, stored.CompliantCount);
        Assert.Equal(report.Evaluation.Counts, stored.Counts);
        Assert.Equal(TestData.BaselineId, stored.BaselineId);
        Assert.Equal("exec-1", stored.LastExecutionId);
        Assert.Equal(report.ReceivedAt, stored.LastScanAt);
        Assert.Equal(report.ReceivedAt, stored.LastSeenAt);
        Assert.Equal(report.Evaluation.RecordJson, await Store.Compliance.GetRecordJsonAsync(AccountScope.All, instance.Id, Ct));

        var latest = await Store.Compliance.GetLatestInventoryAsync(AccountScope.All, instance.Id, Ct);
        Assert.Equal(inventory, latest!.Document.ToJson());
        Assert.Equal("exec-1", latest.ExecutionId);
        Assert.Equal(report.CapturedAt, latest.CapturedAt);

        var states = await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct);
        Assert.Equal(report.Evaluation.PatchStates.OrderBy(p => p.PatchId, StringComparer.Ordinal).Select(Describe), states!.Select(Describe));

        var history = Assert.Single(await Store.Compliance.ListHistoryAsync(AccountScope.All, instance.Id, 10, Ct));
        Assert.Equal(("exec-1", ComplianceOperation.Scan, InstanceComplianceStatus.NonCompliant, ComplianceSeverity.Critical),
            (history.ExecutionId, history.Operation, history.Status, history.OverallSeverity));
    }

    [Fact]
    public async Task The_same_execution_id_twice_changes_nothing_and_says_so()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl")]), Ct);

        var repeat = TestData.Report(instance.Id, "exec-1", [TestData.Installed("openssl")], TestData.T0.AddHours(5));
        Assert.Equal(IngestionStatus.AlreadyIngested, await Store.Compliance.IngestReportAsync(repeat, Ct));

        var stored = (await Store.Instances.GetAsync(AccountScope.All, instance.Id, Ct))!;
        Assert.Equal(InstanceComplianceStatus.NonCompliant, stored.ComplianceStatus);
        Assert.Equal(TestData.T0.AddHours(1), stored.LastScanAt);
        Assert.Equal(PatchState.Missing, Assert.Single((await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct))!).State);
        Assert.Single(await Store.Compliance.ListHistoryAsync(AccountScope.All, instance.Id, 10, Ct));
    }

    [Fact]
    public async Task A_new_report_replaces_the_previous_per_patch_states()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl"), TestData.Missing("curl")]), Ct);

        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "exec-2", [TestData.Installed("openssl"), TestData.Missing("zlib")], TestData.T0.AddHours(2)), Ct);

        var states = await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct);
        Assert.Equal([("openssl", PatchState.Installed), ("zlib", PatchState.Missing)], states!.Select(s => (s.PatchId, s.State)));
        Assert.Equal(["exec-2", "exec-1"], (await Store.Compliance.ListHistoryAsync(AccountScope.All, instance.Id, 10, Ct)).Select(h => h.ExecutionId));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_ingestion_leaves_nothing_behind()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        var first = TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl")]);
        await Store.Compliance.IngestReportAsync(first, Ct);

        // Two rows with one patch id break the primary key after history, inventory and the delete have run.
        var broken = TestData.Report(instance.Id, "exec-2", [TestData.Installed("openssl"), TestData.Missing("curl"), TestData.Missing("curl")], TestData.T0.AddHours(2),
            inventoryJson: """{"Installed":["changed"]}""");
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Store.Compliance.IngestReportAsync(broken, Ct));

        var stored = (await Store.Instances.GetAsync(AccountScope.All, instance.Id, Ct))!;
        Assert.Equal("exec-1", stored.LastExecutionId);
        Assert.Equal([("openssl", PatchState.Missing)], (await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct))!.Select(s => (s.PatchId, s.State)));
        Assert.Equal("exec-1", (await Store.Compliance.GetLatestInventoryAsync(AccountScope.All, instance.Id, Ct))!.ExecutionId);
        Assert.Equal(first.Evaluation.RecordJson, await Store.Compliance.GetRecordJsonAsync(AccountScope.All, instance.Id, Ct));
        Assert.Single(await Store.Compliance.ListHistoryAsync(AccountScope.All, instance.Id, 10, Ct));
        Assert.Equal([new("openssl", 1)], (await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct)).TopMissingPatches);

        // The execution id was not recorded, so the agent's retry of a fixed report goes through.
        var fixedReport = broken with { Evaluation = TestData.Evaluation(instance.Id, [TestData.Installed("openssl"), TestData.Missing("curl")], TestData.T0.AddHours(2)) };
        Assert.Equal(IngestionStatus.Ingested, await Store.Compliance.IngestReportAsync(fixedReport, Ct));
    }

    [Fact]
    public async Task A_report_for_an_unknown_instance_is_refused_without_writing()
    {
        var status = await Store.Compliance.IngestReportAsync(TestData.Report("mi-00000000000000000", "exec-1", [TestData.Missing("openssl")]), Ct);

        Assert.Equal(IngestionStatus.InstanceNotFound, status);
        Assert.Empty((await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct)).TopMissingPatches);
    }

    [Fact]
    public async Task Concurrent_reports_of_many_instances_are_all_committed_and_counted()
    {
        var instances = new List<Instance>();
        for (var i = 0; i < 24; i++)
        {
            instances.Add(await TestData.NewInstanceAsync(Store, i % 2 == 0 ? "a" : "b"));
        }

        var shared = Enumerable.Range(0, 50).Select(n => TestData.Missing($"pkg-{n:D3}")).ToList();
        var statuses = await Task.WhenAll(instances.SelectMany(i => new[] { "exec-1", "exec-1", "exec-2" }.Select((exec, n) =>
            Task.Run(() => Store.Compliance.IngestReportAsync(TestData.Report(i.Id, exec, shared, TestData.T0.AddHours(1 + n)), Ct), Ct))));

        Assert.Equal(48, statuses.Count(s => s == IngestionStatus.Ingested));
        Assert.Equal(24, statuses.Count(s => s == IngestionStatus.AlreadyIngested));
        var top = (await Store.Fleet.GetSummaryAsync(AccountScope.All, 100, Ct)).TopMissingPatches;
        Assert.Equal(50, top.Count);
        Assert.All(top, t => Assert.Equal(24, t.Instances));
    }

    private static string Describe(PatchStateRow row) =>
        $"{row.PatchId}|{row.Title}|{row.State}|{row.Severity}|{row.Classification}|{row.VendorSeverity}|{row.InstalledVersion}|{row.CandidateVersion}|{row.ReleaseDate}|{string.Join(' ', row.CveIds)}|{row.ExceptionId}";
}

public sealed class SqliteIngestionTests() : IngestionTests(new SqliteTarget());

public sealed class PostgresIngestionTests(PostgresFixture postgres) : IngestionTests(new PostgresTarget(postgres));
