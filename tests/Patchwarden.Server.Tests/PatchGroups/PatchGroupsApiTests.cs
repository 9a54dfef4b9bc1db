using System.Net;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Server.Tests.Baselines;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.PatchGroups;

/// <summary>Patch group registrations through the API: one baseline per OS family, validated, replaced as a whole.</summary>
public abstract class PatchGroupsApiTests(StoreTarget store) : ServerTestBase(store)
{
    private const string Debian = "pb-0123456789abcdef0";

    [Fact]
    public async Task A_group_maps_each_OS_family_to_a_baseline_and_PUT_replaces_the_whole_map()
    {
        using var admin = await AdminWithBaselineAsync();
        var windowsDefault = DefaultBaselines.IdFor(OperatingSystemFamily.Windows);

        using var first = await admin.PutAsync("/api/v1/patch-groups/web", Body(("DEBIAN", Debian), ("WINDOWS", windowsDefault)), Ct);
        using var second = await admin.PutAsync("/api/v1/patch-groups/web", Body(("windows", windowsDefault)), Ct);
        var list = await admin.GetJsonAsync("/api/v1/patch-groups");
        var one = await admin.GetJsonAsync("/api/v1/patch-groups/web");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var group = Assert.Single(list.EnumerateArray());
        Assert.Equal("web", group.Text("name"));
        var baselines = group.GetProperty("baselines");
        Assert.Equal(windowsDefault, baselines.Text("WINDOWS"));
        Assert.False(baselines.TryGetProperty("DEBIAN", out _));
        Assert.Equal(group.ToString(), one.ToString());
    }

    [Fact]
    public async Task Bad_registrations_are_400_naming_the_OS_entry_and_change_nothing()
    {
        using var admin = await AdminWithBaselineAsync();

        using var response = await admin.PutAsync(
            "/api/v1/patch-groups/web",
            Body(("PLAN9", Debian), ("UBUNTU", Debian), ("WINDOWS", "pb-00000000000000fff"), ("DEBIAN", Debian)),
            Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("baselines.PLAN9", out _), errors.ToString());
        Assert.Contains("is for DEBIAN, not UBUNTU", errors.GetProperty("baselines.UBUNTU")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no baseline", errors.GetProperty("baselines.WINDOWS")[0].GetString(), StringComparison.Ordinal);
        Assert.False(errors.TryGetProperty("baselines.DEBIAN", out _));
        Assert.Empty((await admin.GetJsonAsync("/api/v1/patch-groups")).EnumerateArray());
    }

    [Theory]
    [InlineData("{}", "baselines")]
    [InlineData("{\"baselines\": {}}", "baselines")]
    [InlineData("{\"baselines\": {\"DEBIAN\": 5}}", "baselines.DEBIAN")]
    [InlineData("{\"baselines\": {\"DEBIAN\": \"pb-0123456789abcdef0\"}, \"extra\": 1}", "extra")]
    public async Task Malformed_bodies_are_400_naming_the_field(string body, string field)
    {
        using var admin = await AdminWithBaselineAsync();

        using var response = await admin.PutAsync("/api/v1/patch-groups/web", Json.Body(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Deleting_a_group_removes_it_and_an_unknown_group_is_404()
    {
        using var admin = await AdminWithBaselineAsync();
        (await admin.PutAsync("/api/v1/patch-groups/web", Body(("DEBIAN", Debian)), Ct)).Dispose();

        using var deleted = await admin.DeleteAsync("/api/v1/patch-groups/web", Ct);
        using var again = await admin.DeleteAsync("/api/v1/patch-groups/web", Ct);
        using var get = await admin.GetAsync("/api/v1/patch-groups/web", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Group_names_with_spaces_and_symbols_work_in_the_path()
    {
        using var admin = await AdminWithBaselineAsync();

        using var put = await admin.PutAsync("/api/v1/patch-groups/prod%20web%3Aeu-1", Body(("DEBIAN", Debian)), Ct);
        var group = await admin.GetJsonAsync("/api/v1/patch-groups/prod%20web%3Aeu-1");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("prod web:eu-1", group.Text("name"));
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("operator")]
    public async Task Only_admins_change_patch_groups(string role)
    {
        using var admin = await AdminWithBaselineAsync();
        (await admin.PutAsync("/api/v1/patch-groups/web", Body(("DEBIAN", Debian)), Ct)).Dispose();
        await Server.CreateAccountAsync("payments-dev");
        var (_, token) = role == "operator" ? await Server.CreateTokenAsync(role, "payments-dev") : await Server.CreateTokenAsync(role);
        using var client = Server.CreateClient(token);

        using var put = await client.PutAsync("/api/v1/patch-groups/db", Body(("DEBIAN", Debian)), Ct);
        using var delete = await client.DeleteAsync("/api/v1/patch-groups/web", Ct);
        using var read = await client.GetAsync("/api/v1/patch-groups", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Single((await admin.GetJsonAsync("/api/v1/patch-groups")).EnumerateArray());
    }

    private async Task<HttpClient> AdminWithBaselineAsync()
    {
        var admin = Server.CreateAdminClient();
        using var created = await admin.PostAsync("/api/v1/baselines", BaselinesApiTests.Document(BaselinesApiTests.Sample(Debian)), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return admin;
    }

    private static StringContent Body(params (string Os, string BaselineId)[] entries) =>
        Json.Body(new { baselines = entries.ToDictionary(e => e.Os, e => e.BaselineId) });
}

public sealed class SqlitePatchGroupsApiTests() : PatchGroupsApiTests(new SqliteTarget());

public sealed class PostgresPatchGroupsApiTests(PostgresFixture fixture) : PatchGroupsApiTests(new PostgresTarget(fixture));
