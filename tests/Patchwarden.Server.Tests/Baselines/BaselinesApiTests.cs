using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Baselines;

/// <summary>Baselines CRUD through the API: Core's shape and validation, defaults out of the box, conflicts, and who may write.</summary>
public abstract class BaselinesApiTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task Every_OS_family_has_its_default_baseline_out_of_the_box()
    {
        using var admin = Server.CreateAdminClient();
        var list = await admin.GetJsonAsync("/api/v1/baselines");

        var defaults = list.EnumerateArray().Where(b => b.GetProperty("isDefault").GetBoolean()).ToList();
        Assert.Equal(Enum.GetValues<OperatingSystemFamily>().Length, defaults.Count);
        foreach (var family in Enum.GetValues<OperatingSystemFamily>())
        {
            var entry = Assert.Single(defaults, b => b.Text("operatingSystem") == family.ToWireName());
            Assert.Equal(DefaultBaselines.IdFor(family), entry.Text("id"));
        }
    }

    [Fact]
    public async Task Defaults_are_not_seeded_twice_and_an_admins_edit_survives_a_restart()
    {
        using (var admin = Server.CreateAdminClient())
        {
            var edited = DefaultBaselines.For(OperatingSystemFamily.Debian) with { Description = "edited by the platform team" };
            using var put = await admin.PutAsync($"/api/v1/baselines/{edited.Id}", Document(edited), Ct);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        await RestartAsync();

        using var client = Server.CreateAdminClient();
        var list = await client.GetJsonAsync("/api/v1/baselines?os=DEBIAN");
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("edited by the platform team", only.Text("description"));
    }

    [Fact]
    public async Task A_created_baseline_reads_back_in_Cores_PascalCase_shape()
    {
        using var admin = Server.CreateAdminClient();
        var baseline = Sample("pb-0123456789abcdef0");

        using var created = await admin.PostAsync("/api/v1/baselines", Document(baseline), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/baselines/{baseline.Id}", created.Headers.Location?.OriginalString);

        using var fetched = await admin.GetAsync($"/api/v1/baselines/{baseline.Id}", Ct);
        var text = await fetched.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"ApprovalRules\"", text, StringComparison.Ordinal);
        var read = CoreJson.ReadBaseline(text);
        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        Assert.Equal(CoreJson.Write(baseline), CoreJson.Write(read.Value));
    }

    [Fact]
    public async Task A_baseline_without_an_id_gets_a_new_one()
    {
        using var admin = Server.CreateAdminClient();
        var body = JsonNode.Parse(CoreJson.Write(Sample("pb-0123456789abcdef0")))!.AsObject();
        body.Remove("Id");

        using var created = await admin.PostAsync("/api/v1/baselines", Json.Body(body.ToJsonString()), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json.ReadAsync(created)).Text("Id");
        Assert.True(BaselineId.IsValid(id), id);
        Assert.NotEqual("pb-0123456789abcdef0", id);
    }

    [Fact]
    public async Task An_invalid_baseline_is_400_with_field_paths_and_nothing_is_stored()
    {
        using var admin = Server.CreateAdminClient();
        var body = JsonNode.Parse(CoreJson.Write(Sample("pb-0123456789abcdef0")))!.AsObject();
        body["ApprovalRules"]![0]!["ComplianceLevel"] = "SEVERE";
        body["ApprovalRules"]![0]!["ApproveAfterDays"] = 400;

        using var response = await admin.PostAsync("/api/v1/baselines", Json.Body(body.ToJsonString()), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Json.IsProblem(response));
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("ApprovalRules[0].ComplianceLevel", out _), errors.ToString());
        using var missing = await admin.GetAsync("/api/v1/baselines/pb-0123456789abcdef0", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("{\"Id\": ", "$")]
    [InlineData("{\"Name\": \"x-baseline\", \"OperatingSystem\": \"PLAN9\"}", "OperatingSystem")]
    [InlineData("{\"Name\": \"x-baseline\", \"OperatingSystem\": \"DEBIAN\", \"ApprovalRules\": 7}", "ApprovalRules")]
    [InlineData("{\"Name\": \"x-baseline\", \"OperatingSystem\": \"DEBIAN\", \"approvalRules\": []}", "approvalRules")]
    public async Task Malformed_bodies_are_400_naming_the_field(string body, string field)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.PostAsync("/api/v1/baselines", Json.Body(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Creating_an_existing_id_is_409()
    {
        using var admin = Server.CreateAdminClient();
        var baseline = Sample("pb-0123456789abcdef0");
        (await admin.PostAsync("/api/v1/baselines", Document(baseline), Ct)).Dispose();

        using var again = await admin.PostAsync("/api/v1/baselines", Document(baseline with { Name = "other-name" }), Ct);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("exists already", (await Json.ReadAsync(again)).Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updating_changes_the_document_but_never_the_OS_family_or_the_id()
    {
        using var admin = Server.CreateAdminClient();
        var baseline = Sample("pb-0123456789abcdef0");
        (await admin.PostAsync("/api/v1/baselines", Document(baseline), Ct)).Dispose();

        using var renamed = await admin.PutAsync($"/api/v1/baselines/{baseline.Id}", Document(baseline with { Name = "renamed-baseline" }), Ct);
        using var otherOs = await admin.PutAsync($"/api/v1/baselines/{baseline.Id}", Document(baseline with { OperatingSystem = OperatingSystemFamily.Ubuntu }), Ct);
        using var otherId = await admin.PutAsync($"/api/v1/baselines/{baseline.Id}", Document(baseline with { Id = "pb-00000000000000fff" }), Ct);
        using var unknown = await admin.PutAsync("/api/v1/baselines/pb-00000000000000fff", Document(baseline with { Id = "pb-00000000000000fff" }), Ct);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("renamed-baseline", (await admin.GetJsonAsync($"/api/v1/baselines/{baseline.Id}")).Text("Name"));
        Assert.Equal(HttpStatusCode.BadRequest, otherOs.StatusCode);
        Assert.True((await Json.ReadAsync(otherOs)).GetProperty("errors").TryGetProperty("OperatingSystem", out _));
        Assert.Equal(HttpStatusCode.BadRequest, otherId.StatusCode);
        Assert.True((await Json.ReadAsync(otherId)).GetProperty("errors").TryGetProperty("Id", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_default_baseline_cannot_be_deleted()
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.DeleteAsync($"/api/v1/baselines/{DefaultBaselines.IdFor(OperatingSystemFamily.Debian)}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("default baseline for DEBIAN", (await Json.ReadAsync(response)).Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_a_patch_group_uses_cannot_be_deleted_until_the_group_lets_go()
    {
        using var admin = Server.CreateAdminClient();
        var baseline = Sample("pb-0123456789abcdef0");
        (await admin.PostAsync("/api/v1/baselines", Document(baseline), Ct)).Dispose();
        (await admin.PutAsync("/api/v1/patch-groups/web-servers", Json.Body(new { baselines = new Dictionary<string, string> { ["DEBIAN"] = baseline.Id } }), Ct)).Dispose();

        using var refused = await admin.DeleteAsync($"/api/v1/baselines/{baseline.Id}", Ct);
        (await admin.DeleteAsync("/api/v1/patch-groups/web-servers", Ct)).Dispose();
        using var deleted = await admin.DeleteAsync($"/api/v1/baselines/{baseline.Id}", Ct);
        using var gone = await admin.GetAsync($"/api/v1/baselines/{baseline.Id}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("'web-servers'", (await Json.ReadAsync(refused)).Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Making_another_baseline_the_default_frees_the_old_one()
    {
        using var admin = Server.CreateAdminClient();
        var baseline = Sample("pb-0123456789abcdef0");
        (await admin.PostAsync("/api/v1/baselines", Document(baseline), Ct)).Dispose();

        using var made = await admin.PutAsync($"/api/v1/baselines/{baseline.Id}/default", content: null, Ct);
        var list = await admin.GetJsonAsync("/api/v1/baselines?os=DEBIAN");
        using var oldDefaultDeleted = await admin.DeleteAsync($"/api/v1/baselines/{DefaultBaselines.IdFor(OperatingSystemFamily.Debian)}", Ct);

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Equal(baseline.Id, Assert.Single(list.EnumerateArray(), b => b.GetProperty("isDefault").GetBoolean()).Text("id"));
        Assert.Equal(HttpStatusCode.NoContent, oldDefaultDeleted.StatusCode);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("operator")]
    public async Task Only_admins_write_baselines_but_people_read_them(string role)
    {
        await Server.CreateAccountAsync("payments-dev");
        var (_, token) = role == "operator" ? await Server.CreateTokenAsync(role, "payments-dev") : await Server.CreateTokenAsync(role);
        using var client = Server.CreateClient(token);
        var baseline = Sample("pb-0123456789abcdef0");

        using var create = await client.PostAsync("/api/v1/baselines", Document(baseline), Ct);
        using var update = await client.PutAsync($"/api/v1/baselines/{DefaultBaselines.IdFor(OperatingSystemFamily.Debian)}", Document(DefaultBaselines.For(OperatingSystemFamily.Debian)), Ct);
        using var delete = await client.DeleteAsync($"/api/v1/baselines/{DefaultBaselines.IdFor(OperatingSystemFamily.Windows)}", Ct);
        using var read = await client.GetAsync($"/api/v1/baselines/{DefaultBaselines.IdFor(OperatingSystemFamily.Debian)}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task An_instance_identity_can_neither_read_nor_write_baselines()
    {
        await Server.CreateAccountAsync("payments-dev");
        var instance = await Server.RegisterInstanceAsync("payments-dev");
        using var agent = Server.CreateClient(instance.Token);

        using var list = await agent.GetAsync("/api/v1/baselines", Ct);
        using var create = await agent.PostAsync("/api/v1/baselines", Document(Sample("pb-0123456789abcdef0")), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Unknown_OS_filter_is_400_naming_os()
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.GetAsync("/api/v1/baselines?os=PLAN9", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty("os", out _));
    }

    /// <summary>A Debian baseline that approves every security update at once, missing ones CRITICAL.</summary>
    internal static PatchBaseline Sample(string id, string name = "debian-production") => new()
    {
        Id = id,
        Name = name,
        OperatingSystem = OperatingSystemFamily.Debian,
        ApprovalRules =
        [
            new PatchRule
            {
                PatchFilterGroup = new PatchFilterGroup { PatchFilters = [new PatchFilter { Key = PatchFilterKey.Priority, Values = ["*"] }] },
                ComplianceLevel = ComplianceSeverity.Critical,
                ApproveAfterDays = 0,
            },
        ],
    };

    internal static StringContent Document(PatchBaseline baseline) => Json.Body(JsonSerializer.Serialize(baseline, CoreJson.Options));
}

public sealed class SqliteBaselinesApiTests() : BaselinesApiTests(new SqliteTarget());

public sealed class PostgresBaselinesApiTests(PostgresFixture fixture) : BaselinesApiTests(new PostgresTarget(fixture));
