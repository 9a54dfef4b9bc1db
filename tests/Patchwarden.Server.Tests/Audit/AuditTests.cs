using System.Net;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Audit;

/// <summary>Every change and every refused change is in the audit log: who, what, on what, when, how it ended.</summary>
public abstract class AuditTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task Every_change_is_audited_with_who_what_and_outcome()
    {
        await Server.CreateAccountAsync("team-a");
        var (tokenId, _) = await Server.CreateTokenAsync("operator", "team-a");
        var (activationId, _) = await Server.CreateActivationAsync("team-a");
        using var admin = Server.CreateAdminClient();
        (await admin.DeleteAsync($"/api/v1/activations/{activationId}", Ct)).EnsureSuccessStatusCode();
        (await admin.DeleteAsync($"/api/v1/tokens/{tokenId}", Ct)).EnsureSuccessStatusCode();

        var entries = (await admin.GetJsonAsync("/api/v1/audit")).GetProperty("items").EnumerateArray().Reverse().ToList();

        Assert.Equal(
            ["account.create team-a", $"token.create {tokenId}", $"activation.create {activationId}", $"activation.revoke {activationId}", $"token.revoke {tokenId}"],
            entries.Select(e => $"{e.Text("action")} {e.Text("target")}"));
        Assert.All(entries, e => Assert.Equal("first-admin", e.Text("actor")));
        Assert.All(entries, e => Assert.Equal("succeeded", e.Text("outcome")));
        Assert.All(entries, e => Assert.True(e.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task A_refused_change_is_audited_as_denied()
    {
        var (_, auditorToken) = await Server.CreateTokenAsync("auditor");
        using var auditor = Server.CreateClient(auditorToken);

        using var response = await auditor.PostAsync("/api/v1/accounts", Json.Body("""{"name":"sneaky"}"""), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var admin = Server.CreateAdminClient();
        var denied = Assert.Single((await admin.GetJsonAsync("/api/v1/audit?outcome=denied")).GetProperty("items").EnumerateArray());
        Assert.Equal("test-auditor", denied.Text("actor"));
        Assert.Equal("POST /api/v1/accounts", denied.Text("target"));
    }

    [Fact]
    public async Task An_invalid_change_is_audited_as_failed_without_the_body()
    {
        using var admin = Server.CreateAdminClient();

        (await admin.PostAsync("/api/v1/tokens", Json.Body("""{"name":"x","role":"operator","accounts":["secret-account-name"]}"""), Ct)).Dispose();

        var failed = Assert.Single((await admin.GetJsonAsync("/api/v1/audit?action=token.create")).GetProperty("items").EnumerateArray());
        Assert.Equal("failed", failed.Text("outcome"));
        Assert.Contains("accounts[0]", failed.GetProperty("details").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-account-name", failed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_never_holds_a_token_or_an_activation_code()
    {
        await Server.CreateAccountAsync("team-a");
        var (_, token) = await Server.CreateTokenAsync("operator", "team-a");
        var (_, code) = await Server.CreateActivationAsync("team-a");
        using var admin = Server.CreateAdminClient();

        var log = (await admin.GetJsonAsync("/api/v1/audit")).ToString();

        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
        Assert.DoesNotContain(code, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.AdminToken, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_pages_newest_first_and_filters_by_account()
    {
        foreach (var name in new[] { "team-a", "team-b", "team-c" })
        {
            await Server.CreateAccountAsync(name);
        }

        using var admin = Server.CreateAdminClient();
        var first = await admin.GetJsonAsync("/api/v1/audit?action=account.create&limit=2");
        var next = first.GetProperty("nextBefore").GetInt64();
        var second = await admin.GetJsonAsync($"/api/v1/audit?action=account.create&limit=2&before={next}");
        var teamB = await admin.GetJsonAsync("/api/v1/audit?account=team-b");

        Assert.Equal(["team-c", "team-b"], first.GetProperty("items").EnumerateArray().Select(e => e.Text("target")));
        Assert.Equal(["team-a"], second.GetProperty("items").EnumerateArray().Select(e => e.Text("target")));
        Assert.False(second.TryGetProperty("nextBefore", out var end) && end.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(["team-b"], teamB.GetProperty("items").EnumerateArray().Select(e => e.Text("target")));
    }

    [Fact]
    public async Task Auditors_read_the_log()
    {
        await Server.CreateAccountAsync("team-a");
        var (_, auditorToken) = await Server.CreateTokenAsync("auditor");
        using var auditor = Server.CreateClient(auditorToken);

        var items = (await auditor.GetJsonAsync("/api/v1/audit?action=account.create")).GetProperty("items");

        Assert.Equal("team-a", Assert.Single(items.EnumerateArray()).Text("target"));
    }
}

public sealed class SqliteAuditTests() : AuditTests(new SqliteTarget());

public sealed class PostgresAuditTests(PostgresFixture postgres) : AuditTests(new PostgresTarget(postgres));
