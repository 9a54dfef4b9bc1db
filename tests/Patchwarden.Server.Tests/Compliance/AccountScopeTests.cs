using System.Net;
using System.Text.Json;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Server.Tests.Reports;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Compliance;

/// <summary>An operator sees its own accounts only: another account's instance is 404 and never appears in lists, the summary or exports.</summary>
public abstract class AccountScopeTests(StoreTarget store) : ServerTestBase(store)
{
    [Theory]
    [InlineData("/api/v1/instances/{id}")]
    [InlineData("/api/v1/instances/{id}/compliance")]
    [InlineData("/api/v1/instances/{id}/patches")]
    public async Task An_operator_of_B_gets_404_for_an_instance_of_A_exactly_as_for_a_missing_one(string template)
    {
        var (callers, instanceA, _) = await FleetAsync();
        using var operatorB = Server.CreateClient(callers.OperatorB);
        using var operatorA = Server.CreateClient(callers.OperatorA);

        using var foreign = await operatorB.GetAsync(template.Replace("{id}", instanceA.InstanceId, StringComparison.Ordinal), Ct);
        using var missing = await operatorB.GetAsync(template.Replace("{id}", "mi-00000000000000000", StringComparison.Ordinal), Ct);
        using var own = await operatorA.GetAsync(template.Replace("{id}", instanceA.InstanceId, StringComparison.Ordinal), Ct);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var foreignDetail = (await Json.ReadAsync(foreign)).Text("detail")!;
        var missingDetail = (await Json.ReadAsync(missing)).Text("detail")!;
        Assert.Equal(missingDetail.Replace("mi-00000000000000000", "ID", StringComparison.Ordinal), foreignDetail.Replace(instanceA.InstanceId, "ID", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task An_operator_of_B_never_sees_A_in_lists_the_summary_or_the_items()
    {
        var (callers, instanceA, instanceB) = await FleetAsync();
        using var operatorB = Server.CreateClient(callers.OperatorB);

        var list = await operatorB.GetJsonAsync("/api/v1/instances");
        var filteredToA = await operatorB.GetJsonAsync($"/api/v1/instances?account={Callers.AccountA}");
        var summary = await operatorB.GetJsonAsync("/api/v1/compliance/summary");
        var items = await operatorB.GetJsonAsync("/api/v1/compliance/items");
        var jsonl = await operatorB.GetStringAsync("/api/v1/compliance/items?format=jsonl", Ct);
        var csv = await operatorB.GetStringAsync("/api/v1/compliance/items?format=csv", Ct);
        var itemsOfA = await operatorB.GetJsonAsync($"/api/v1/compliance/items?instanceId={instanceA.InstanceId}");

        Assert.Equal([instanceB.InstanceId], list.GetProperty("items").EnumerateArray().Select(i => i.Text("id")));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(0, filteredToA.GetProperty("total").GetInt32());
        Assert.Equal(1, summary.GetProperty("totals").GetProperty("total").GetInt32());
        Assert.Equal([Callers.AccountB], summary.GetProperty("byAccount").EnumerateObject().Select(p => p.Name));
        Assert.NotEmpty(items.GetProperty("items").EnumerateArray());
        Assert.All(items.GetProperty("items").EnumerateArray(), item => Assert.Equal(instanceB.InstanceId, item.Text("instanceId")));
        Assert.DoesNotContain(instanceA.InstanceId, jsonl, StringComparison.Ordinal);
        Assert.DoesNotContain(instanceA.InstanceId, csv, StringComparison.Ordinal);
        Assert.Contains(instanceB.InstanceId, csv, StringComparison.Ordinal);
        Assert.Empty(itemsOfA.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Admins_and_auditors_see_every_account()
    {
        var (callers, instanceA, instanceB) = await FleetAsync();

        foreach (var token in new[] { callers.Admin, callers.Auditor })
        {
            using var client = Server.CreateClient(token);
            var list = await client.GetJsonAsync("/api/v1/instances?sort=account");
            Assert.Equal([instanceA.InstanceId, instanceB.InstanceId], list.GetProperty("items").EnumerateArray().Select(i => i.Text("id")));
            Assert.Equal(2, (await client.GetJsonAsync("/api/v1/compliance/summary")).GetProperty("totals").GetProperty("total").GetInt32());
        }
    }

    [Theory]
    [InlineData("/api/v1/instances")]
    [InlineData("/api/v1/instances/{id}")]
    [InlineData("/api/v1/instances/{id}/compliance")]
    [InlineData("/api/v1/instances/{id}/patches")]
    [InlineData("/api/v1/compliance/summary")]
    [InlineData("/api/v1/compliance/items")]
    [InlineData("/api/v1/compliance/items?format=csv")]
    [InlineData("/api/v1/patch-groups")]
    public async Task An_instance_identity_cannot_read_the_fleet_API_not_even_about_itself(string template)
    {
        var (callers, instanceA, _) = await FleetAsync();
        using var agent = Server.CreateClient(callers.Instance.Token);
        using var anonymous = Server.CreateClient(token: null);
        var path = template.Replace("{id}", instanceA.InstanceId, StringComparison.Ordinal);

        using var asAgent = await agent.GetAsync(path, Ct);
        using var asNobody = await anonymous.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asNobody.StatusCode);
    }

    /// <summary>The role fixture's callers, with a scanned instance in each account (A's is the fixture's own instance).</summary>
    private async Task<(Callers Callers, RegisteredInstance A, RegisteredInstance B)> FleetAsync()
    {
        var callers = await Callers.CreateAsync(Server);
        var instanceB = await Server.RegisterInstanceAsync(Callers.AccountB, "db");
        await Server.IngestAsync(callers.Instance, AgentReports.Json("scan-a", AgentReports.Debian(security: 2)));
        await Server.IngestAsync(instanceB, AgentReports.Json("scan-b", AgentReports.Debian(security: 1)));
        return (callers, callers.Instance, instanceB);
    }
}

public sealed class SqliteAccountScopeTests() : AccountScopeTests(new SqliteTarget());

public sealed class PostgresAccountScopeTests(PostgresFixture fixture) : AccountScopeTests(new PostgresTarget(fixture));
