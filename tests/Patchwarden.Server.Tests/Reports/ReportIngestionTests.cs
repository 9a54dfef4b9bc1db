using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Reports;

/// <summary>
/// <c>POST /api/v1/agent/reports</c>: what is committed equals the core's evaluation, a repeat changes nothing,
/// gzip is welcome, and every rejected report (too large, malformed, invalid) leaves nothing behind.
/// </summary>
public abstract class ReportIngestionTests(StoreTarget store) : ServerTestBase(store)
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Reports:MaxBodyBytes"] = (256 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_stored_record_is_exactly_what_the_core_computes_for_the_report()
    {
        var instance = await RegisterAsync();
        var inventory = AgentReports.Debian(security: 3, other: 2);

        var answer = await Server.IngestAsync(instance, AgentReports.Json("exec-1", inventory));
        using var admin = Server.CreateAdminClient();
        var stored = await admin.GetStringAsync($"/api/v1/instances/{instance.InstanceId}/compliance", Ct);

        var record = ComplianceJson.Deserialize(stored);
        var context = new InstanceContext { InstanceId = instance.InstanceId, Account = instance.Account, Name = "web-1", PatchGroup = "web" };
        var evaluation = BaselineEvaluator.Evaluate(inventory, DefaultBaselines.For(OperatingSystemFamily.Debian), context, [], record.EvaluatedAt);
        var expected = ComplianceRecordBuilder.Build(evaluation, context, new ExecutionSummary { ExecutionId = "exec-1", ExecutionTime = inventory.CapturedAt });
        Assert.Equal(ComplianceJson.Serialize(expected), stored);
        Assert.Equal("Command", record.ExecutionSummary.ExecutionType);
        Assert.Equal(3, record.NonCompliantSummary.NonCompliantCount);
        Assert.Equal("NON_COMPLIANT", answer.Text("status"));
        Assert.Equal("UNSPECIFIED", answer.Text("overallSeverity"));
        Assert.Equal("exec-1", answer.Text("executionId"));
    }

    [Fact]
    public async Task The_instance_summary_and_patch_states_follow_the_report()
    {
        var instance = await RegisterAsync();
        await Server.IngestAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian(security: 3, other: 2)));
        using var admin = Server.CreateAdminClient();

        var summary = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}");
        var patches = (await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}/patches")).EnumerateArray().ToList();

        Assert.Equal("NON_COMPLIANT", summary.Text("complianceStatus"));
        Assert.Equal("exec-1", summary.Text("lastExecutionId"));
        Assert.Equal(DefaultBaselines.IdFor(OperatingSystemFamily.Debian), summary.Text("baselineId"));
        Assert.Equal(3, summary.GetProperty("nonCompliantCount").GetInt32());
        Assert.Equal(3, summary.GetProperty("counts").GetProperty("missing").GetInt32());
        Assert.Equal(["pkg000", "pkg001", "pkg002"], patches.Where(p => p.Text("state") == "Missing").Select(p => p.Text("patchId")));
        Assert.Equal(["CVE-2025-1000"], patches.Single(p => p.Text("patchId") == "pkg000").GetProperty("cveIds").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_same_execution_id_twice_changes_nothing()
    {
        var instance = await RegisterAsync();
        await Server.IngestAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian(security: 3)));
        using var admin = Server.CreateAdminClient();
        var before = await admin.GetStringAsync($"/api/v1/instances/{instance.InstanceId}/compliance", Ct);

        using var again = await Server.PostAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian(security: 0)));
        var answer = await Json.ReadAsync(again);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(answer.GetProperty("accepted").GetBoolean());
        Assert.True(answer.GetProperty("duplicate").GetBoolean());
        Assert.Equal("NON_COMPLIANT", answer.Text("status"));
        Assert.Equal(before, await admin.GetStringAsync($"/api/v1/instances/{instance.InstanceId}/compliance", Ct));
        var history = await Server.Store.Compliance.ListHistoryAsync(AccountScope.All, instance.InstanceId, 10, Ct);
        Assert.Single(history);
    }

    [Fact]
    public async Task A_new_execution_id_replaces_the_record_and_adds_history()
    {
        var instance = await RegisterAsync();
        await Server.IngestAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian(security: 3)));

        var answer = await Server.IngestAsync(instance, AgentReports.Json("exec-2", AgentReports.Debian(security: 0, other: 0)));

        Assert.Equal("COMPLIANT", answer.Text("status"));
        var history = await Server.Store.Compliance.ListHistoryAsync(AccountScope.All, instance.InstanceId, 10, Ct);
        Assert.Equal(["exec-2", "exec-1"], history.Select(h => h.ExecutionId));
    }

    [Fact]
    public async Task A_gzip_body_is_accepted()
    {
        var instance = await RegisterAsync();

        using var response = await Server.PostAsync(instance, AgentReports.Json("exec-gz", AgentReports.Debian(security: 2)), gzip: true);

        var answer = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer.ToString());
        Assert.False(answer.GetProperty("duplicate").GetBoolean());
        Assert.Equal("NON_COMPLIANT", answer.Text("status"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_limit_is_413_with_the_limit_named_and_nothing_is_written(bool gzip)
    {
        var instance = await RegisterAsync();
        // ~3,000 installed packages are ~400 KB of JSON (over the 256 KiB limit here) but compress to a few KB.
        var json = AgentReports.Json("exec-big", AgentReports.Debian(installed: 3000));
        Assert.True(Encoding.UTF8.GetByteCount(json) > 256 * 1024);

        using var response = await Server.PostAsync(instance, json, gzip);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(Json.IsProblem(response));
        Assert.Contains("262144 bytes", (await Json.ReadAsync(response)).Text("detail"), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(instance);
    }

    [Theory]
    [InlineData("{\"executionId\": \"x\",", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"operation\": \"Scan\"}", "executionId")]
    public async Task A_body_that_is_not_a_report_is_400_naming_the_field(string body, string field)
    {
        var instance = await RegisterAsync();

        using var response = await Server.PostAsync(instance, body);

        await AssertRejectedAsync(response, field);
        await AssertNothingWrittenAsync(instance);
    }

    public static TheoryData<string, string> InvalidReports => new()
    {
        { "operation-unknown", "operation" },
        { "execution-id-bad", "executionId" },
        { "finished-before-started", "finishedAt" },
        { "instance-id-given", "instanceId" },
        { "inventory-wrong-type", "inventory.Installed" },
        { "inventory-unknown-field", "inventory.Updates[0].Severty" },
        { "inventory-clock-unset", "inventory.CapturedAt" },
        { "inventory-bad-cve", "inventory.Updates[0].CveIds[0]" },
        { "inventory-other-os", "inventory.OperatingSystem" },
        { "install-results-on-scan", "installResults" },
    };

    [Theory]
    [MemberData(nameof(InvalidReports))]
    public async Task An_invalid_report_is_400_with_the_field_path_and_the_previous_record_stands(string mistake, string field)
    {
        var instance = await RegisterAsync();
        await Server.IngestAsync(instance, AgentReports.Json("exec-good", AgentReports.Debian(security: 1)));
        using var admin = Server.CreateAdminClient();
        var before = await admin.GetStringAsync($"/api/v1/instances/{instance.InstanceId}/compliance", Ct);

        using var response = await Server.PostAsync(instance, AgentReports.Json("exec-bad", AgentReports.Debian(security: 0), change: Break(mistake)));

        await AssertRejectedAsync(response, field);
        Assert.Equal(before, await admin.GetStringAsync($"/api/v1/instances/{instance.InstanceId}/compliance", Ct));
        Assert.Single(await Server.Store.Compliance.ListHistoryAsync(AccountScope.All, instance.InstanceId, 10, Ct));
    }

    [Fact]
    public async Task An_install_report_folds_failed_and_pending_reboot_results_into_the_states()
    {
        var instance = await RegisterAsync();
        var json = AgentReports.Json("exec-install", AgentReports.Debian(security: 3, other: 0), operation: "Install", change: envelope =>
            envelope["installResults"] = new JsonArray(
                new JsonObject { ["patchId"] = "pkg000", ["outcome"] = "Failed", ["message"] = "dpkg: error processing package pkg000" },
                new JsonObject { ["patchId"] = "pkg001", ["outcome"] = "Installed" }));

        await Server.IngestAsync(instance, json);
        using var admin = Server.CreateAdminClient();
        var patches = (await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}/patches")).EnumerateArray().ToList();

        Assert.Equal("Failed", patches.Single(p => p.Text("patchId") == "pkg000").Text("state"));
        var stored = await Server.Store.Compliance.GetLatestInventoryAsync(AccountScope.All, instance.InstanceId, Ct);
        Assert.Contains("pkg000", JsonSerializer.Deserialize<Inventory>(stored!.Document.ToUtf8Json(), Core.Serialization.CoreJson.Options)!.FailedPatchIds);
    }

    [Fact]
    public async Task The_token_decides_the_instance_so_no_instance_can_report_for_another()
    {
        await Server.CreateAccountAsync("team-a");
        var first = await Server.RegisterInstanceAsync("team-a");
        var second = await Server.RegisterInstanceAsync("team-a");

        await Server.IngestAsync(second, AgentReports.Json("exec-1", AgentReports.Debian(security: 2)));
        using var naming = await Server.PostAsync(second, AgentReports.Json("exec-2", AgentReports.Debian(), change: e => e["instanceId"] = first.InstanceId));

        Assert.Equal(HttpStatusCode.BadRequest, naming.StatusCode);
        using var admin = Server.CreateAdminClient();
        Assert.Equal("NOT_SCANNED", (await admin.GetJsonAsync($"/api/v1/instances/{first.InstanceId}")).Text("complianceStatus"));
        Assert.Equal("NON_COMPLIANT", (await admin.GetJsonAsync($"/api/v1/instances/{second.InstanceId}")).Text("complianceStatus"));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("operator")]
    [InlineData("none")]
    public async Task Only_an_instance_identity_posts_reports(string who)
    {
        var instance = await RegisterAsync();
        var token = who switch
        {
            "admin" => Server.AdminToken,
            "operator" => (await Server.CreateTokenAsync("operator", instance.Account)).Token,
            _ => null,
        };

        using var response = await Server.PostAsync(token!, AgentReports.Json("exec-1", AgentReports.Debian()));

        Assert.Equal(who == "none" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingWrittenAsync(instance);
    }

    [Fact]
    public async Task Ingestions_are_counted_in_the_metrics()
    {
        var instance = await RegisterAsync();
        await Server.IngestAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian()));
        (await Server.PostAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian()))).Dispose();
        (await Server.PostAsync(instance, "{")).Dispose();

        using var anonymous = Server.CreateClient(token: null);
        var metrics = await anonymous.GetStringAsync("/metrics", Ct);

        Assert.Matches("""patchwarden_reports_total\{outcome="ingested"\} 1\b""", metrics);
        Assert.Matches("""patchwarden_reports_total\{outcome="duplicate"\} 1\b""", metrics);
        Assert.Matches("""patchwarden_reports_total\{outcome="rejected"\} 1\b""", metrics);
    }

    private static Action<JsonObject> Break(string mistake) => envelope =>
    {
        var inventory = envelope["inventory"]!.AsObject();
        switch (mistake)
        {
            case "operation-unknown": envelope["operation"] = "Reboot"; break;
            case "execution-id-bad": envelope["executionId"] = "exec 1; DROP TABLE"; break;
            case "finished-before-started": envelope["finishedAt"] = "2020-01-01T00:00:00Z"; break;
            case "instance-id-given": envelope["instanceId"] = "mi-00000000000000000"; break;
            case "inventory-wrong-type": inventory["Installed"] = "everything"; break;
            case "inventory-unknown-field": inventory["Updates"] = new JsonArray(new JsonObject { ["Id"] = "a", ["Name"] = "a", ["Version"] = "1", ["Severty"] = "High" }); break;
            case "inventory-clock-unset": inventory["CapturedAt"] = "1970-01-01T00:00:00Z"; envelope["startedAt"] = "1970-01-01T00:00:00Z"; break;
            case "inventory-bad-cve": inventory["Updates"] = new JsonArray(new JsonObject { ["Id"] = "a", ["Name"] = "a", ["Version"] = "1", ["CveIds"] = new JsonArray("CVE-24") }); break;
            case "inventory-other-os": inventory["OperatingSystem"] = "UBUNTU"; break;
            case "install-results-on-scan": envelope["installResults"] = new JsonArray(new JsonObject { ["patchId"] = "a", ["outcome"] = "Failed" }); break;
            default: throw new ArgumentException(mistake, nameof(mistake));
        }
    };

    private static async Task AssertRejectedAsync(HttpResponseMessage response, string field)
    {
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToString());
        Assert.True(Json.IsProblem(response));
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.GetProperty("errors").ToString());
    }

    private async Task AssertNothingWrittenAsync(RegisteredInstance instance)
    {
        var stored = await Server.Store.Instances.GetAsync(AccountScope.All, instance.InstanceId, Ct);
        Assert.Equal(Store.Instances.InstanceComplianceStatus.NotScanned, stored!.ComplianceStatus);
        Assert.Null(await Server.Store.Compliance.GetRecordJsonAsync(AccountScope.All, instance.InstanceId, Ct));
        Assert.Null(await Server.Store.Compliance.GetLatestInventoryAsync(AccountScope.All, instance.InstanceId, Ct));
    }

    private async Task<RegisteredInstance> RegisterAsync()
    {
        await Server.CreateAccountAsync("team-a");
        return await Server.RegisterInstanceAsync("team-a");
    }
}

public sealed class SqliteReportIngestionTests() : ReportIngestionTests(new SqliteTarget());

public sealed class PostgresReportIngestionTests(PostgresFixture fixture) : ReportIngestionTests(new PostgresTarget(fixture));
