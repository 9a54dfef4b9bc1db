using System.Net;
using System.Text.Json;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Server.Tests.Reports;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Compliance;

/// <summary>The fleet views agree with each other: the summary with the instance list, exports with the paged items.</summary>
public abstract class FleetViewsTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task Summary_numbers_equal_what_the_instance_list_says()
    {
        await FleetAsync();
        using var admin = Server.CreateAdminClient();

        var summary = await admin.GetJsonAsync("/api/v1/compliance/summary?top=100");

        var totals = summary.GetProperty("totals");
        Assert.Equal(await TotalAsync(admin, ""), totals.GetProperty("total").GetInt32());
        Assert.Equal(await TotalAsync(admin, "status=COMPLIANT"), totals.GetProperty("compliant").GetInt32());
        Assert.Equal(await TotalAsync(admin, "status=NON_COMPLIANT"), totals.GetProperty("nonCompliant").GetInt32());
        Assert.Equal(await TotalAsync(admin, "status=NOT_SCANNED"), totals.GetProperty("notScanned").GetInt32());
        Assert.Equal(5, totals.GetProperty("total").GetInt32());
        Assert.Equal(1, totals.GetProperty("notScanned").GetInt32());
        foreach (var (slice, parameter) in new[] { ("byAccount", "account"), ("byPatchGroup", "patchGroup"), ("byOperatingSystem", "os") })
        {
            foreach (var entry in summary.GetProperty(slice).EnumerateObject())
            {
                foreach (var (status, field) in new[] { ("COMPLIANT", "compliant"), ("NON_COMPLIANT", "nonCompliant"), ("NOT_SCANNED", "notScanned") })
                {
                    var listed = await TotalAsync(admin, $"{parameter}={Uri.EscapeDataString(entry.Name)}&status={status}");
                    Assert.True(listed == entry.Value.GetProperty(field).GetInt32(), $"{slice}.{entry.Name}.{field}: summary {entry.Value.GetProperty(field)}, list {listed}");
                }
            }
        }

        var bySeverity = summary.GetProperty("nonCompliantBySeverity").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(totals.GetProperty("nonCompliant").GetInt32(), bySeverity);
    }

    [Fact]
    public async Task Top_missing_patches_count_the_instances_whose_items_say_Missing()
    {
        await FleetAsync();
        using var admin = Server.CreateAdminClient();

        var top = (await admin.GetJsonAsync("/api/v1/compliance/summary?top=100")).GetProperty("topMissingPatches").EnumerateArray().ToList();

        Assert.NotEmpty(top);
        Assert.Equal("pkg000", top[0].Text("patchId"));
        Assert.Equal(3, top[0].GetProperty("instances").GetInt32());
        foreach (var patch in top)
        {
            var items = await admin.GetJsonAsync($"/api/v1/compliance/items?patchId={patch.Text("patchId")}&state=Missing,Failed");
            Assert.Equal(patch.GetProperty("instances").GetInt32(), items.GetProperty("items").GetArrayLength());
        }
    }

    [Fact]
    public async Task Json_pages_jsonl_and_csv_hold_the_same_items_in_the_same_order()
    {
        await FleetAsync();
        using var admin = Server.CreateAdminClient();

        var paged = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await admin.GetJsonAsync("/api/v1/compliance/items?pageSize=7" + (cursor is null ? "" : $"&cursor={cursor}"));
            paged.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.Text("next");
        }
        while (cursor is not null);

        using var jsonlResponse = await admin.GetAsync("/api/v1/compliance/items?format=jsonl&pageSize=3", Ct);
        var jsonl = (await jsonlResponse.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var csvResponse = await admin.GetAsync("/api/v1/compliance/items?format=csv", Ct);
        var csv = (await csvResponse.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/jsonl", jsonlResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(paged.Count, paged.Select(i => (i.Text("instanceId"), i.Text("patchId"))).Distinct().Count());
        Assert.Equal(paged.Select(i => i.ToString()), jsonl.Select(line => JsonDocument.Parse(line).RootElement.ToString()));
        Assert.Equal(
            "instanceId,account,instanceName,patchGroup,operatingSystem,baselineId,evaluatedAt,patchId,title,state,severity,classification,"
            + "vendorSeverity,installedVersion,candidateVersion,releaseDate,cveIds,exceptionId",
            csv[0]);
        Assert.Equal(paged.Count, csv.Length - 1);
        var columns = csv[0].Split(',');
        for (var i = 0; i < paged.Count; i++)
        {
            var fields = csv[i + 1].Split(',');
            Assert.Equal(columns.Length, fields.Length);
            Assert.Equal(paged[i].Text("instanceId"), fields[Array.IndexOf(columns, "instanceId")]);
            Assert.Equal(paged[i].Text("patchId"), fields[Array.IndexOf(columns, "patchId")]);
            Assert.Equal(paged[i].Text("state"), fields[Array.IndexOf(columns, "state")]);
            Assert.Equal(string.Join(' ', paged[i].GetProperty("cveIds").EnumerateArray().Select(c => c.GetString())), fields[Array.IndexOf(columns, "cveIds")]);
        }
    }

    [Fact]
    public async Task Instance_list_filters_sorts_and_pages_with_a_total()
    {
        var fleet = await FleetAsync();
        using var admin = Server.CreateAdminClient();

        var web = await admin.GetJsonAsync("/api/v1/instances?patchGroup=web&sort=id");
        var firstPage = await admin.GetJsonAsync("/api/v1/instances?sort=-nonCompliantCount&pageSize=2");
        var thirdPage = await admin.GetJsonAsync("/api/v1/instances?sort=-nonCompliantCount&pageSize=2&page=3");

        Assert.Equal(fleet.Where(f => f.Group == "web").Select(f => f.Instance.InstanceId).Order(StringComparer.Ordinal),
            web.GetProperty("items").EnumerateArray().Select(i => i.Text("id")));
        Assert.Equal(5, firstPage.GetProperty("total").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("pageSize").GetInt32());
        var counts = firstPage.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nonCompliantCount").GetInt32()).ToList();
        Assert.Equal([3, 3], counts);
        Assert.Equal(3, thirdPage.GetProperty("page").GetInt32());
        Assert.Single(thirdPage.GetProperty("items").EnumerateArray());
        Assert.Equal("NOT_SCANNED", (await admin.GetJsonAsync($"/api/v1/instances/{fleet[4].Instance.InstanceId}")).Text("complianceStatus"));
    }

    /// <summary>Five instances in two accounts and two groups: three missing 3, 2 and 0 security updates... and one never scanned.</summary>
    private async Task<List<(RegisteredInstance Instance, string Group)>> FleetAsync()
    {
        await Server.CreateAccountAsync("team-a");
        await Server.CreateAccountAsync("team-b");
        var fleet = new List<(RegisteredInstance, string)>();
        var plan = new[] { ("team-a", "web", 3), ("team-a", "db", 2), ("team-b", "web", 0), ("team-b", "db", 3), ("team-b", "web", -1) };
        foreach (var (account, group, missing) in plan)
        {
            var instance = await Server.RegisterInstanceAsync(account, group);
            if (missing >= 0)
            {
                await Server.IngestAsync(instance, AgentReports.Json($"scan-{fleet.Count}", AgentReports.Debian(security: missing, other: 1)));
            }

            fleet.Add((instance, group));
        }

        return fleet;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await client.GetJsonAsync($"/api/v1/instances?{query}")).GetProperty("total").GetInt32();
}

public sealed class SqliteFleetViewsTests() : FleetViewsTests(new SqliteTarget());

public sealed class PostgresFleetViewsTests(PostgresFixture fixture) : FleetViewsTests(new PostgresTarget(fixture));
