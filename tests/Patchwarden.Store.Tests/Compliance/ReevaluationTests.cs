using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Baselines;
using Patchwarden.Store.Tests.Baselines;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Compliance;

public abstract class ReevaluationTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Reevaluation_replaces_states_and_summary_but_keeps_inventory_history_and_last_scan()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl")]), Ct);
        var evaluation = TestData.Evaluation(instance.Id, [TestData.Missing("openssl", exceptionId: "ex-1")], TestData.T0.AddHours(3), baselineId: "pb-11111111111111111");

        var status = await Store.Compliance.ReevaluateAsync(new ComplianceReevaluation { BasedOnExecutionId = "exec-1", Evaluation = evaluation }, Ct);

        Assert.Equal(ReevaluationStatus.Applied, status);
        var stored = (await Store.Instances.GetAsync(AccountScope.All, instance.Id, Ct))!;
        Assert.Equal(InstanceComplianceStatus.Compliant, stored.ComplianceStatus);
        Assert.Equal("pb-11111111111111111", stored.BaselineId);
        Assert.Equal(TestData.T0.AddHours(3), stored.LastEvaluatedAt);
        Assert.Equal(TestData.T0.AddHours(1), stored.LastScanAt);
        Assert.Equal("ex-1", Assert.Single((await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct))!).ExceptionId);
        Assert.Equal(evaluation.RecordJson, await Store.Compliance.GetRecordJsonAsync(AccountScope.All, instance.Id, Ct));
        Assert.Single(await Store.Compliance.ListHistoryAsync(AccountScope.All, instance.Id, 10, Ct));
        Assert.Empty((await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct)).TopMissingPatches);
    }

    [Fact]
    public async Task Reevaluation_of_an_inventory_that_a_newer_report_replaced_is_skipped()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl")]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "exec-2", [TestData.Missing("curl")], TestData.T0.AddHours(2)), Ct);

        var stale = TestData.Evaluation(instance.Id, [TestData.Installed("openssl")], TestData.T0.AddHours(3));
        var status = await Store.Compliance.ReevaluateAsync(new ComplianceReevaluation { BasedOnExecutionId = "exec-1", Evaluation = stale }, Ct);

        Assert.Equal(ReevaluationStatus.Superseded, status);
        Assert.Equal("curl", Assert.Single((await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct))!).PatchId);
        Assert.Equal(ReevaluationStatus.InstanceNotFound,
            await Store.Compliance.ReevaluateAsync(new ComplianceReevaluation { BasedOnExecutionId = "x", Evaluation = stale with { InstanceId = "mi-00000000000000000" } }, Ct));
    }

    [Fact]
    public async Task Instances_to_reevaluate_are_found_by_baseline_patch_group_default_baseline_and_exception()
    {
        var webDebian = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Debian);
        var webUbuntu = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Ubuntu);
        var dbDebian = await TestData.NewInstanceAsync(Store, "b", "db", OperatingSystemFamily.Debian);
        var neverScanned = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Debian);
        await Store.Compliance.IngestReportAsync(TestData.Report(webDebian.Id, "e1", [TestData.Missing("openssl")]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(webUbuntu.Id, "e1", [TestData.Missing("openssl")]), Ct);
        await Store.Compliance.ReevaluateAsync(new ComplianceReevaluation { BasedOnExecutionId = "e1", Evaluation = TestData.Evaluation(webUbuntu.Id, [], baselineId: "pb-ubuntu") }, Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(dbDebian.Id, "e1", [TestData.Missing("openssl")]), Ct);
        await Store.Baselines.CreateAsync(BaselineTests.Baseline("pb-db", OperatingSystemFamily.Debian), TestData.T0, Ct);
        await Store.Baselines.RegisterPatchGroupAsync(new PatchGroupRegistration { PatchGroup = "db", OperatingSystem = OperatingSystemFamily.Debian, BaselineId = "pb-db" }, Ct);

        Assert.Equal(Sorted(webDebian.Id, dbDebian.Id), await Store.Compliance.ListInstancesEvaluatedWithAsync(TestData.BaselineId, Ct));
        Assert.Equal([webDebian.Id], await Store.Compliance.ListInstancesInPatchGroupAsync("web", OperatingSystemFamily.Debian, Ct));
        Assert.Equal([webDebian.Id], await Store.Compliance.ListInstancesOnDefaultBaselineAsync(OperatingSystemFamily.Debian, Ct));
        Assert.DoesNotContain(neverScanned.Id, await Store.Compliance.ListInstancesInPatchGroupAsync("web", OperatingSystemFamily.Debian, Ct));

        StandingException Exception(ExceptionScopeKind kind, string value, string account) => new()
        {
            Id = "ex-1", PatchPattern = "openssl*", ScopeKind = kind, ScopeValue = value, Account = account,
            Reason = "breaks the app", Author = "alice", CreatedAt = TestData.T0, ExpiresAt = TestData.T0.AddDays(30),
        };
        Assert.Equal(Sorted(webDebian.Id, webUbuntu.Id), await Store.Compliance.ListInstancesCoveredByAsync(Exception(ExceptionScopeKind.Account, "a", "a"), Ct));
        Assert.Equal([dbDebian.Id], await Store.Compliance.ListInstancesCoveredByAsync(Exception(ExceptionScopeKind.PatchGroup, "db", "b"), Ct));
        Assert.Empty(await Store.Compliance.ListInstancesCoveredByAsync(Exception(ExceptionScopeKind.PatchGroup, "db", "a"), Ct));
        Assert.Equal([webUbuntu.Id], await Store.Compliance.ListInstancesCoveredByAsync(Exception(ExceptionScopeKind.Instance, webUbuntu.Id, "a"), Ct));
        Assert.Empty(await Store.Compliance.ListInstancesCoveredByAsync(Exception(ExceptionScopeKind.Instance, webUbuntu.Id, "b"), Ct));
    }

    private static string[] Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal).ToArray();
}

public sealed class SqliteReevaluationTests() : ReevaluationTests(new SqliteTarget());

public sealed class PostgresReevaluationTests(PostgresFixture postgres) : ReevaluationTests(new PostgresTarget(postgres));
