using System.Net;
using System.Text.Json;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Problems;

/// <summary>A client's mistake is a 4xx problem that names the field, and nothing is written.</summary>
public abstract class BadInputTests(StoreTarget store) : ServerTestBase(store)
{
    private const string ActivationId = "{activation}";

    public static TheoryData<string, string, string, int, string> BadBodies => new()
    {
        // what is wrong                 endpoint                   body                                                                status  field named
        { "malformed JSON",              "/api/v1/accounts",        """{"name": "x" """,                                              400, "$" },
        { "not an object",               "/api/v1/accounts",        """["payments"]""",                                               400, "$" },
        { "wrong type",                  "/api/v1/accounts",        """{"name": 42}""",                                               400, "name" },
        { "unknown field",               "/api/v1/accounts",        """{"name": "a", "owner": "me"}""",                               400, "owner" },
        { "missing field",               "/api/v1/accounts",        """{"description": "no name"}""",                                 400, "name" },
        { "null for a required field",   "/api/v1/accounts",        """{"name": null}""",                                             400, "name" },
        { "invalid account name",        "/api/v1/accounts",        """{"name": "Payments Prod"}""",                                  400, "name" },
        { "unknown enum value",          "/api/v1/tokens",          """{"name": "x", "role": "root"}""",                              400, "role" },
        { "enum as a number",            "/api/v1/tokens",          """{"name": "x", "role": 0}""",                                   400, "role" },
        { "operator without accounts",   "/api/v1/tokens",          """{"name": "x", "role": "operator"}""",                          400, "accounts" },
        { "account that does not exist", "/api/v1/tokens",          """{"name": "x", "role": "operator", "accounts": ["nope"]}""",    400, "accounts[0]" },
        { "bad lifetime",                "/api/v1/tokens",          """{"name": "x", "role": "auditor", "expiresIn": "forever"}""",   400, "expiresIn" },
        { "number as a string",          "/api/v1/activations",     """{"account": "team-a", "registrationLimit": "5"}""",            400, "registrationLimit" },
        { "limit out of range",          "/api/v1/activations",     """{"account": "team-a", "registrationLimit": 0}""",              400, "registrationLimit" },
        { "activation too long",         "/api/v1/activations",     """{"account": "team-a", "expiresIn": "31d"}""",                  400, "expiresIn" },
        { "tags not strings",            "/api/v1/activations",     """{"account": "team-a", "tags": {"Patch Group": 1}}""",          400, "tags.Patch Group" },
        { "tags in a registration",      "/api/v1/agent/register",  RegistrationWith(""" "tags": {"Patch Group": "prod"}, """),      400, "tags" },
        { "unknown OS family",           "/api/v1/agent/register",  RegistrationWith("", family: "BEOS"),                              400, "os.family" },
        { "empty host name",             "/api/v1/agent/register",  RegistrationWith("", hostName: ""),                                400, "hostName" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_400_naming_the_field_and_writes_nothing(string why, string path, string body, int status, string field)
    {
        await Server.CreateAccountAsync("team-a");
        var activation = await Server.CreateActivationAsync("team-a");
        var before = await SnapshotAsync();
        using var admin = Server.CreateAdminClient();

        using var response = await admin.PostAsync(path, Json.Body(body.Replace(ActivationId, activation.Id, StringComparison.Ordinal)), Ct);

        Assert.True((int)response.StatusCode == status, $"{why}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.True(Json.IsProblem(response), why);
        var errors = (await Json.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{why}: expected an error on '{field}', got {errors}");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415()
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.PostAsync("/api/v1/accounts", new StringContent("name=a", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.True(Json.IsProblem(response));
    }

    [Fact]
    public async Task An_oversize_body_is_413_and_writes_nothing()
    {
        var before = await SnapshotAsync();
        using var admin = Server.CreateAdminClient();
        var huge = $$"""{"name": "big", "description": "{{new string('x', 2 * 1024 * 1024)}}"}""";

        using var response = await admin.PostAsync("/api/v1/accounts", Json.Body(huge), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(Json.IsProblem(response));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_oversize_chunked_body_is_413()
    {
        using var admin = Server.CreateAdminClient();
        var content = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024]));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await admin.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/tokens/not-a-token-id", "id")]
    [InlineData("/api/v1/tokens/tok-XYZ", "id")]
    [InlineData("/api/v1/activations/42", "id")]
    [InlineData("/api/v1/accounts/Not_An_Account", "name")]
    public async Task A_malformed_id_in_the_path_is_400_naming_it(string path, string field)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/v1/tokens/tok-00000000000000000")]
    [InlineData("/api/v1/activations/0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("/api/v1/accounts/no-such-account")]
    public async Task A_well_formed_unknown_id_is_404(string path)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(Json.IsProblem(response));
    }

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("outcome=maybe", "outcome")]
    [InlineData("since=yesterday", "since")]
    [InlineData("before=-3", "before")]
    public async Task A_bad_audit_filter_is_400_naming_it(string query, string field)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.GetAsync($"/api/v1/audit?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    private static string RegistrationWith(string extra, string family = "DEBIAN", string hostName = "web-1") =>
        $$"""
        { {{extra}} "activationId": "{{ActivationId}}", "activationCode": "whatever", "hostName": "{{hostName}}",
          "os": { "family": "{{family}}", "name": "Debian", "version": "12", "arch": "x86_64" }, "agentVersion": "0.1.0" }
        """;

    /// <summary>Everything these endpoints could write, as text to compare.</summary>
    private async Task<string> SnapshotAsync()
    {
        var store = Server.Store;
        var accounts = await store.Accounts.ListAsync(AccountScope.All, Ct);
        var principals = await store.Principals.ListAsync(Ct);
        var activations = await store.Activations.ListAsync(AccountScope.All, Ct);
        var instances = await store.Instances.ListAsync(AccountScope.All, new Store.Instances.InstanceQuery { Status = null }, Ct);
        return JsonSerializer.Serialize(new { accounts, principals, activations, instances = instances.TotalCount });
    }
}

public sealed class SqliteBadInputTests() : BadInputTests(new SqliteTarget());

public sealed class PostgresBadInputTests(PostgresFixture postgres) : BadInputTests(new PostgresTarget(postgres));
