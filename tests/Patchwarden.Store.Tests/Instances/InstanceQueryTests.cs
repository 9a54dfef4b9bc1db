using Patchwarden.Core.Patches;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Instances;

public abstract class InstanceQueryTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task An_operator_scope_never_returns_another_accounts_instances()
    {
        var mine = await TestData.NewInstanceAsync(Store, "payments-prod");
        var theirs = await TestData.NewInstanceAsync(Store, "search-prod");
        var scope = AccountScope.Of(["payments-prod"]);

        Assert.Equal([mine.Id], (await Store.Instances.ListAsync(scope, new InstanceQuery(), Ct)).Items.Select(i => i.Id));
        Assert.Empty((await Store.Instances.ListAsync(scope, new InstanceQuery { Account = "search-prod" }, Ct)).Items);
        Assert.Null(await Store.Instances.GetAsync(scope, theirs.Id, Ct));
        Assert.Null(await Store.Instances.UpdateAsync(scope, theirs.Id, new InstanceChanges { Name = "mine now" }, TestData.T0, Ct));
        Assert.Equal(theirs.Name, (await Store.Instances.GetAsync(AccountScope.All, theirs.Id, Ct))!.Name);
    }

    [Fact]
    public async Task Filters_by_patch_group_os_compliance_status_and_name_combine()
    {
        var webDebian = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Debian, "web-01");
        var webUbuntu = await TestData.NewInstanceAsync(Store, "a", "web", OperatingSystemFamily.Ubuntu, "web-02");
        var dbDebian = await TestData.NewInstanceAsync(Store, "a", "db", OperatingSystemFamily.Debian, "db-01");
        await Store.Compliance.IngestReportAsync(TestData.Report(webDebian.Id, "e1", [TestData.Missing("openssl")]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(dbDebian.Id, "e2", [TestData.Installed("openssl")]), Ct);

        async Task<IEnumerable<string>> Ids(InstanceQuery q) => (await Store.Instances.ListAsync(AccountScope.All, q, Ct)).Items.Select(i => i.Id);

        Assert.Equal(new[] { webDebian.Id, webUbuntu.Id }.Order(StringComparer.Ordinal), await Ids(new InstanceQuery { PatchGroup = "web" }));
        Assert.Equal([webDebian.Id], await Ids(new InstanceQuery { PatchGroup = "web", OperatingSystem = OperatingSystemFamily.Debian }));
        Assert.Equal([webDebian.Id], await Ids(new InstanceQuery { ComplianceStatus = InstanceComplianceStatus.NonCompliant }));
        Assert.Equal([dbDebian.Id], await Ids(new InstanceQuery { ComplianceStatus = InstanceComplianceStatus.Compliant }));
        Assert.Equal([webUbuntu.Id], await Ids(new InstanceQuery { ComplianceStatus = InstanceComplianceStatus.NotScanned }));
        Assert.Equal([dbDebian.Id], await Ids(new InstanceQuery { NameContains = "DB-" }));
        Assert.Empty(await Ids(new InstanceQuery { NameContains = "%" }));
    }

    [Fact]
    public async Task Ping_status_compares_last_seen_with_the_threshold_the_caller_gives()
    {
        var online = await TestData.NewInstanceAsync(Store, "a");
        var lost = await TestData.NewInstanceAsync(Store, "a");
        var threshold = TestData.T0.AddMinutes(10);
        await Store.Instances.RecordHeartbeatsAsync([new InstanceHeartbeat(online.Id, threshold.AddSeconds(1))], Ct);

        var onlineIds = (await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { Ping = new PingFilter(PingStatus.Online, threshold) }, Ct)).Items;
        var lostIds = (await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { Ping = new PingFilter(PingStatus.ConnectionLost, threshold) }, Ct)).Items;

        Assert.Equal([online.Id], onlineIds.Select(i => i.Id));
        Assert.Equal([lost.Id], lostIds.Select(i => i.Id));
        Assert.Equal(PingStatus.Online, onlineIds[0].PingStatusAt(threshold));
        Assert.Equal(PingStatus.ConnectionLost, lostIds[0].PingStatusAt(threshold));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Pages_of_a_sorted_listing_cover_every_instance_once_in_order(bool descending)
    {
        for (var i = 0; i < 7; i++)
        {
            await TestData.NewInstanceAsync(Store, "a", hostName: $"host-{(i * 3) % 7}");
        }

        var seen = new List<string>();
        for (var offset = 0; ; offset += 3)
        {
            var page = await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { SortBy = InstanceSortKey.Name, Descending = descending, Offset = offset, Limit = 3 }, Ct);
            Assert.Equal(7, page.TotalCount);
            if (page.Items.Count == 0)
            {
                break;
            }

            seen.AddRange(page.Items.Select(i => i.Name));
        }

        var expected = Enumerable.Range(0, 7).Select(i => $"host-{i}").ToList();
        Assert.Equal(descending ? expected.AsEnumerable().Reverse() : expected, seen);
    }

    [Fact]
    public async Task Sorting_by_overall_severity_puts_the_most_severe_first_and_unscanned_last()
    {
        var low = await TestData.NewInstanceAsync(Store, "a");
        var critical = await TestData.NewInstanceAsync(Store, "a");
        var unscanned = await TestData.NewInstanceAsync(Store, "a");
        await Store.Compliance.IngestReportAsync(TestData.Report(low.Id, "e1", [TestData.Missing("p", ComplianceSeverity.Low)]), Ct);
        await Store.Compliance.IngestReportAsync(TestData.Report(critical.Id, "e2", [TestData.Missing("p", ComplianceSeverity.Critical)]), Ct);

        var page = await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { SortBy = InstanceSortKey.OverallSeverity, Descending = true }, Ct);

        Assert.Equal([critical.Id, low.Id, unscanned.Id], page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task An_out_of_range_limit_is_a_caller_bug()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { Limit = 0 }, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { Limit = InstanceQuery.MaxLimit + 1 }, Ct));
    }
}

public sealed class SqliteInstanceQueryTests() : InstanceQueryTests(new SqliteTarget());

public sealed class PostgresInstanceQueryTests(PostgresFixture postgres) : InstanceQueryTests(new PostgresTarget(postgres));
