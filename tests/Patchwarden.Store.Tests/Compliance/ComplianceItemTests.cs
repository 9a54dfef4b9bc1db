using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Compliance;

public abstract class ComplianceItemTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Keyset_pages_walk_every_item_in_scope_once_in_instance_then_patch_order()
    {
        var mine = new[] { await TestData.NewInstanceAsync(Store, "a", "web"), await TestData.NewInstanceAsync(Store, "a", "web") };
        var theirs = await TestData.NewInstanceAsync(Store, "b", "web");
        foreach (var instance in mine.Append(theirs))
        {
            await Store.Compliance.IngestReportAsync(TestData.Report(instance.Id, "e1",
                [TestData.Missing("curl"), TestData.Installed("bash"), TestData.Missing("openssl", ComplianceSeverity.Critical), TestData.Failed("zlib")]), Ct);
        }

        var items = new List<ComplianceItem>();
        var query = new ComplianceItemQuery { Limit = 3 };
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10);
            var page = await Store.Compliance.ListItemsAsync(AccountScope.Of(["a"]), query, Ct);
            items.AddRange(page.Items);
            if (page.Next is null)
            {
                break;
            }

            query = query with { After = page.Next };
        }

        var expected = mine.Select(i => i.Id).Order(StringComparer.Ordinal)
            .SelectMany(id => new[] { "bash", "curl", "openssl", "zlib" }.Select(p => (id, p)));
        Assert.Equal(expected, items.Select(i => (i.InstanceId, i.Patch.PatchId)));
        Assert.All(items, i => Assert.Equal(("a", "web", OperatingSystemFamily.Debian), (i.Account, i.PatchGroup, i.OperatingSystem)));
        Assert.Equal(["CVE"], items.Where(i => i.Patch.State == PatchState.Missing).Select(i => i.Patch.CveIds.Single()[..3]).Distinct());
    }

    [Fact]
    public async Task Items_filter_by_state_severity_patch_and_instance()
    {
        var one = await TestData.NewInstanceAsync(Store, "a");
        var two = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(one.Id, "e1", [TestData.Missing("curl"), TestData.Installed("bash"), TestData.Failed("zlib")]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(two.Id, "e1", [TestData.Missing("curl", ComplianceSeverity.Low)]), Ct);

        async Task<IEnumerable<(string, string)>> Items(ComplianceItemQuery q) =>
            (await Store.Compliance.ListItemsAsync(AccountScope.All, q, Ct)).Items.Select(i => (i.InstanceId, i.Patch.PatchId));

        Assert.Equal(3, (await Items(new ComplianceItemQuery { States = [PatchState.Missing, PatchState.Failed] })).Count());
        Assert.Equal([(two.Id, "curl")], await Items(new ComplianceItemQuery { Severity = ComplianceSeverity.Low }));
        Assert.Equal(2, (await Items(new ComplianceItemQuery { PatchId = "curl" })).Count());
        Assert.Equal([(one.Id, "bash"), (one.Id, "curl"), (one.Id, "zlib")], await Items(new ComplianceItemQuery { InstanceId = one.Id }));
        Assert.Empty(await Items(new ComplianceItemQuery { Account = "b" }));
    }
}

public sealed class SqliteComplianceItemTests() : ComplianceItemTests(new SqliteTarget());

public sealed class PostgresComplianceItemTests(PostgresFixture postgres) : ComplianceItemTests(new PostgresTarget(postgres));
