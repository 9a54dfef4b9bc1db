using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Server.Reevaluation;
using Patchwarden.Server.Tests.Baselines;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Server.Tests.Reports;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Reevaluation;

/// <summary>
/// The effective baseline is the patch group's for the instance's OS, else the OS default; changing either re-evaluates
/// the affected instances from their last inventory in the background, without a rescan.
/// </summary>
public abstract class ReevaluationTests(StoreTarget store) : ServerTestBase(store)
{
    private const string Strict = "pb-0123456789abcdef0";
    private const string Lenient = "pb-0123456789abcdef1";

    [Fact]
    public async Task A_baseline_edit_flips_the_status_without_a_rescan()
    {
        using var admin = await AdminWithBaselinesAsync();
        await PutGroupAsync(admin, "web", ("DEBIAN", Lenient));
        var instance = await RegisterAndScanAsync("web");
        var before = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}");
        Assert.Equal("COMPLIANT", before.Text("complianceStatus"));

        using var edit = await admin.PutAsync($"/api/v1/baselines/{Lenient}", BaselinesApiTests.Document(ApprovesEverything(Lenient)), Ct);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        await IdleAsync();

        var after = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}");
        Assert.Equal("NON_COMPLIANT", after.Text("complianceStatus"));
        Assert.Equal("CRITICAL", after.Text("overallSeverity"));
        Assert.Equal(5, after.GetProperty("nonCompliantCount").GetInt32());
        Assert.Equal(before.Text("lastScanAt"), after.Text("lastScanAt"));
        Assert.Equal("exec-1", after.Text("lastExecutionId"));
        var record = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}/compliance");
        Assert.Equal("exec-1", record.GetProperty("ExecutionSummary").Text("ExecutionId"));
        Assert.Single(await Server.Store.Compliance.ListHistoryAsync(AccountScope.All, instance.InstanceId, 10, Ct));
    }

    public static TheoryData<string, string?, string> Resolution => new()
    {
        // instance's group, the group's registrations,                 expected baseline
        { "web", "DEBIAN=" + Strict, Strict },                                     // the group's baseline for its OS
        { "web", "UBUNTU=" + "pb-00000000000000002", "default" },                  // the group names none for DEBIAN: the OS default
        { "db", "DEBIAN=" + Strict, "default" },                                   // another group's registration does not apply
        { "", "DEBIAN=" + Strict, "default" },                                     // no patch group at all
    };

    [Theory]
    [MemberData(nameof(Resolution))]
    public async Task The_effective_baseline_is_the_groups_for_the_OS_else_the_OS_default(string instanceGroup, string? registration, string expected)
    {
        using var admin = await AdminWithBaselinesAsync();
        var (os, baselineId) = (registration!.Split('=')[0], registration.Split('=')[1]);
        if (os == "UBUNTU")
        {
            using var ubuntu = await admin.PutAsync("/api/v1/patch-groups/web", Json.Body(new { baselines = new Dictionary<string, string> { [os] = baselineId } }), Ct);
            Assert.Equal(HttpStatusCode.OK, ubuntu.StatusCode);
        }
        else
        {
            await PutGroupAsync(admin, "web", (os, baselineId));
        }

        var instance = await RegisterAndScanAsync(instanceGroup);

        var summary = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}");
        var record = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}/compliance");
        var expectedId = expected == "default" ? DefaultBaselines.IdFor(OperatingSystemFamily.Debian) : expected;
        Assert.Equal(expectedId, summary.Text("baselineId"));
        Assert.Equal(expectedId, record.Text("PatchBaselineId"));
    }

    [Fact]
    public async Task Registering_and_removing_a_groups_baseline_re_evaluates_its_instances_only()
    {
        using var admin = await AdminWithBaselinesAsync();
        var web = await RegisterAndScanAsync("web");
        var db = await RegisterAndScanAsync("db");
        Assert.Equal("NON_COMPLIANT", await StatusAsync(admin, web));

        await PutGroupAsync(admin, "web", ("DEBIAN", Lenient));
        await IdleAsync();
        var registered = (await StatusAsync(admin, web), await StatusAsync(admin, db));
        using var deleted = await admin.DeleteAsync("/api/v1/patch-groups/web", Ct);
        await IdleAsync();

        Assert.Equal(("COMPLIANT", "NON_COMPLIANT"), registered);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("NON_COMPLIANT", await StatusAsync(admin, web));
        var summary = await admin.GetJsonAsync($"/api/v1/instances/{web.InstanceId}");
        Assert.Equal(DefaultBaselines.IdFor(OperatingSystemFamily.Debian), summary.Text("baselineId"));
    }

    [Fact]
    public async Task A_new_OS_default_re_evaluates_the_instances_that_use_the_default()
    {
        using var admin = await AdminWithBaselinesAsync();
        await PutGroupAsync(admin, "web", ("DEBIAN", Strict));
        var grouped = await RegisterAndScanAsync("web");
        var ungrouped = await RegisterAndScanAsync("db");

        using var made = await admin.PutAsync($"/api/v1/baselines/{Lenient}/default", content: null, Ct);
        await IdleAsync();

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Equal("COMPLIANT", await StatusAsync(admin, ungrouped));
        Assert.Equal("NON_COMPLIANT", await StatusAsync(admin, grouped));
    }

    [Fact]
    public async Task A_report_newer_than_the_change_is_not_overwritten_by_the_re_evaluation()
    {
        using var admin = await AdminWithBaselinesAsync();
        await PutGroupAsync(admin, "web", ("DEBIAN", Lenient));
        var instance = await RegisterAndScanAsync("web");
        await Server.IngestAsync(instance, AgentReports.Json("exec-2", AgentReports.Debian(security: 0, other: 0)));

        (await admin.PutAsync($"/api/v1/baselines/{Lenient}", BaselinesApiTests.Document(ApprovesEverything(Lenient)), Ct)).Dispose();
        await IdleAsync();

        var summary = await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}");
        Assert.Equal("exec-2", summary.Text("lastExecutionId"));
        Assert.Equal("COMPLIANT", summary.Text("complianceStatus"));
    }

    private async Task<HttpClient> AdminWithBaselinesAsync()
    {
        var admin = Server.CreateAdminClient();
        foreach (var baseline in new[] { ApprovesEverything(Strict), ApprovesNothing(Lenient) })
        {
            using var created = await admin.PostAsync("/api/v1/baselines", BaselinesApiTests.Document(baseline), Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        return admin;
    }

    /// <summary>An instance of the group (none for the empty string) that scanned 3 security and 2 other updates.</summary>
    private async Task<RegisteredInstance> RegisterAndScanAsync(string patchGroup)
    {
        if (await Server.Store.Accounts.GetAsync(AccountScope.All, "team-a", Ct) is null)
        {
            await Server.CreateAccountAsync("team-a");
        }

        RegisteredInstance instance;
        if (patchGroup.Length == 0)
        {
            using var admin = Server.CreateAdminClient();
            using var created = await admin.PostAsync("/api/v1/activations", Json.Body(new { account = "team-a", tags = new Dictionary<string, string>() }), Ct);
            var activation = await Json.ReadAsync(created);
            using var registered = await Server.PostRegistrationAsync(TestApi.RegistrationBody(activation.Text("id")!, activation.Text("code")!));
            var json = await Json.ReadAsync(registered);
            instance = new RegisteredInstance(json.Text("instanceId")!, json.Text("instanceToken")!, "team-a");
        }
        else
        {
            instance = await Server.RegisterInstanceAsync("team-a", patchGroup);
        }

        await Server.IngestAsync(instance, AgentReports.Json("exec-1", AgentReports.Debian(security: 3, other: 2)));
        return instance;
    }

    private static async Task PutGroupAsync(HttpClient admin, string name, params (string Os, string BaselineId)[] entries)
    {
        using var response = await admin.PutAsync($"/api/v1/patch-groups/{name}", Json.Body(new { baselines = entries.ToDictionary(e => e.Os, e => e.BaselineId) }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string?> StatusAsync(HttpClient admin, RegisteredInstance instance) =>
        (await admin.GetJsonAsync($"/api/v1/instances/{instance.InstanceId}")).Text("complianceStatus");

    private Task IdleAsync() => Server.Services.GetRequiredService<IReevaluationQueue>().WaitForIdleAsync(Ct);

    /// <summary>Approves every update, non-security ones too, at once; missing ones are CRITICAL.</summary>
    private static PatchBaseline ApprovesEverything(string id) => BaselinesApiTests.Sample(id, "approves-everything") with
    {
        ApprovalRules = [BaselinesApiTests.Sample(id).ApprovalRules[0] with { EnableNonSecurity = true }],
    };

    /// <summary>Approves only updates of priority 'extra', which the test machine has none of.</summary>
    private static PatchBaseline ApprovesNothing(string id) => BaselinesApiTests.Sample(id, "approves-nothing") with
    {
        ApprovalRules =
        [
            new PatchRule { PatchFilterGroup = new PatchFilterGroup { PatchFilters = [new PatchFilter { Key = PatchFilterKey.Priority, Values = ["Extra"] }] } },
        ],
    };
}

public sealed class SqliteReevaluationTests() : ReevaluationTests(new SqliteTarget());

public sealed class PostgresReevaluationTests(PostgresFixture fixture) : ReevaluationTests(new PostgresTarget(fixture));
