using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Fleet;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Fleet;

public abstract class FleetSummaryTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Counts_by_status_account_group_os_and_severity_follow_the_latest_reports()
    {
        var a1 = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Debian);
        var a2 = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Ubuntu);
        var a3 = await TestData.NewInstanceAsync(Store, "a", null, OperatingSystemFamily.Debian);
        var b1 = await TestData.NewInstanceAsync(Store, "b", "db", OperatingSystemFamily.Windows);
        await Store.Compliance.IngestReportAsync(TestData.Report(a1.Id, "e1", [TestData.Missing("openssl", ComplianceSeverity.Critical)]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(a2.Id, "e1", [TestData.Missing("openssl", ComplianceSeverity.Medium)]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(b1.Id, "e1", [TestData.Missing("KB1", ComplianceSeverity.Critical)]), Ct);
        // a2 is patched later: its second report wins.
        await Store.Compliance.IngestReportAsync(TestData.Report(a2.Id, "e2", [TestData.Installed("openssl")], TestData.T0.AddHours(2)), Ct);

        var summary = await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct);

        Assert.Equal(new ComplianceCounts { Compliant = 1, NonCompliant = 2, NotScanned = 1 }, summary.Totals);
        Assert.Equal(new ComplianceCounts { Compliant = 1, NonCompliant = 1, NotScanned = 1 }, summary.ByAccount["a"]);
        Assert.Equal(new ComplianceCounts { NonCompliant = 1 }, summary.ByAccount["b"]);
        Assert.Equal(new ComplianceCounts { Compliant = 1, NonCompliant = 1 }, summary.ByPatchGroup["web"]);
        Assert.Equal(new ComplianceCounts { NotScanned = 1 }, summary.ByPatchGroup[""]);
        Assert.Equal(new ComplianceCounts { NonCompliant = 1, NotScanned = 1 }, summary.ByOperatingSystem[OperatingSystemFamily.Debian]);
        Assert.Equal(new Dictionary<ComplianceSeverity, int> { [ComplianceSeverity.Critical] = 2 }, summary.NonCompliantBySeverity);
        Assert.Equal([new MissingPatchCount("KB1", 1), new MissingPatchCount("openssl", 1)], summary.TopMissingPatches);
        Assert.Equal(4, summary.Totals.Total);
        Assert.Equal(InstanceComplianceStatus.NotScanned, (await Store.Instances.GetAsync(AccountScope.All, a3.Id, Ct))!.ComplianceStatus);
    }

    [Fact]
    public async Task Top_missing_patches_count_instances_in_scope_and_ignore_excepted_and_inactive_ones()
    {
        var instances = new List<Instance>();
        for (var i = 0; i < 6; i++)
        {
            instances.Add(await TestData.NewInstanceAsync(Store, i < 4 ? "a" : "b"));
        }

        for (var i = 0; i < 6; i++)
        {
            // Everyone misses curl; four miss openssl (one of them excepted); zlib failed on two.
            var rows = new List<PatchStateRow> { TestData.Missing("curl") };
            if (i < 4)
            {
                rows.Add(TestData.Missing("openssl", exceptionId: i == 0 ? "ex-1" : null));
            }

            if (i is 1 or 5)
            {
                rows.Add(TestData.Failed("zlib"));
            }

            await Store.Compliance.IngestReportAsync(TestData.Report(instances[i].Id, "e1", rows), Ct);
        }

        Assert.Equal([new("curl", 6), new("openssl", 3), new("zlib", 2)], (await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct)).TopMissingPatches);
        Assert.Equal([new("curl", 6), new("openssl", 3)], (await Store.Fleet.GetSummaryAsync(AccountScope.All, 2, Ct)).TopMissingPatches);
        Assert.Equal([new("curl", 2), new("zlib", 1)], (await Store.Fleet.GetSummaryAsync(AccountScope.Of(["b"]), 10, Ct)).TopMissingPatches);

        await Store.Instances.UpdateAsync(AccountScope.All, instances[5].Id, new InstanceChanges { Status = InstanceStatus.Retired }, TestData.T0, Ct);
        var afterRetire = await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct);
        Assert.Equal([new("curl", 5), new("openssl", 3), new("zlib", 1)], afterRetire.TopMissingPatches);
        Assert.Equal(5, afterRetire.Totals.Total);

        await Store.Compliance.IngestReportAsync(TestData.Report(instances[1].Id, "e2", [TestData.Installed("curl"), TestData.Installed("zlib")], TestData.T0.AddHours(2)), Ct);
        Assert.Equal([new("curl", 4), new("openssl", 2)], (await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct)).TopMissingPatches);

        await Store.Instances.UpdateAsync(AccountScope.All, instances[5].Id, new InstanceChanges { Status = InstanceStatus.Active }, TestData.T0, Ct);
        Assert.Equal([new("curl", 5), new("openssl", 2), new("zlib", 1)], (await Store.Fleet.GetSummaryAsync(AccountScope.All, 10, Ct)).TopMissingPatches);
    }

    [Fact]
    public async Task An_empty_scope_sees_an_empty_fleet()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "e1", [TestData.Missing("curl")]), Ct);

        var summary = await Store.Fleet.GetSummaryAsync(AccountScope.Of([]), 10, Ct);

        Assert.Equal(0, summary.Totals.Total);
        Assert.Empty(summary.ByAccount);
        Assert.Empty(summary.TopMissingPatches);
    }
}

public sealed class SqliteFleetSummaryTests() : FleetSummaryTests(new SqliteTarget());

public sealed class PostgresFleetSummaryTests(PostgresFixture postgres) : FleetSummaryTests(new PostgresTarget(postgres));
