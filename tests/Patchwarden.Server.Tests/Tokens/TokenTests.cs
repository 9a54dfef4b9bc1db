using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Tokens;

/// <summary>API tokens: shown once, stored as hashes, refused once revoked or expired.</summary>
public abstract class TokenTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task A_created_token_is_shown_once_and_works_with_its_role()
    {
        var (id, token) = await Server.CreateTokenAsync("auditor");

        using var auditor = Server.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/v1/audit", Ct)).StatusCode);
        using var admin = Server.CreateAdminClient();
        var listed = await admin.GetJsonAsync("/api/v1/tokens");
        var shown = await admin.GetJsonAsync($"/api/v1/tokens/{id}");
        Assert.DoesNotContain(token, listed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, shown.ToString(), StringComparison.Ordinal);
        Assert.Null(shown.Text("token"));
        Assert.Equal("auditor", shown.Text("role"));
    }

    [Fact]
    public async Task The_store_keeps_a_hash_of_the_token_never_the_token()
    {
        var (id, token) = await Server.CreateTokenAsync("auditor");

        var principal = await Server.Store.Principals.GetAsync(id, Ct);

        Assert.NotNull(principal);
        Assert.NotEqual(token, principal.TokenHash);
        Assert.Equal(64, principal.TokenHash.Length);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_with_401()
    {
        var (id, token) = await Server.CreateTokenAsync("auditor");
        using var auditor = Server.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/v1/accounts", Ct)).StatusCode); // Now cached.

        using var admin = Server.CreateAdminClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tokens/{id}", Ct)).StatusCode);

        using var refused = await auditor.GetAsync("/api/v1/accounts", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.False((await admin.GetJsonAsync($"/api/v1/tokens/{id}")).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Revoking_twice_is_not_an_error_and_an_unknown_id_is_404()
    {
        var (id, _) = await Server.CreateTokenAsync("auditor");
        using var admin = Server.CreateAdminClient();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tokens/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tokens/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/tokens/tok-00000000000000000", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_last_active_admin_token_cannot_be_revoked()
    {
        using var admin = Server.CreateAdminClient();
        var firstAdmin = Assert.Single((await admin.GetJsonAsync("/api/v1/tokens")).EnumerateArray()).Text("id");

        using var response = await admin.DeleteAsync($"/api/v1/tokens/{firstAdmin}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/tokens", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("Bearer pwt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer mi-0123456789abcdef0.not-the-secret")]
    [InlineData("Bearer something-else")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task An_unknown_or_malformed_credential_is_401_with_the_Bearer_challenge(string authorization)
    {
        using var client = Server.CreateClient(token: null);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.GetAsync("/api/v1/accounts", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.True(Json.IsProblem(response));
    }
}

/// <summary>Token expiry, on a clock the test moves (and a cache long enough to prove expiry is checked on cached callers too).</summary>
public abstract class TokenExpiryTests(StoreTarget store) : ServerTestBase(store)
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:CacheSeconds"] = "60" };

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task An_expired_token_is_refused_even_while_cached()
    {
        await Server.CreateAccountAsync("team-a");
        using var admin = Server.CreateAdminClient();
        using var created = await admin.PostAsync("/api/v1/tokens", Json.Body("""{"name":"short","role":"operator","accounts":["team-a"],"expiresIn":"30m"}"""), Ct);
        var token = (await Json.ReadAsync(created)).Text("token");
        using var @operator = Server.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await @operator.GetAsync("/api/v1/accounts", Ct)).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await @operator.GetAsync("/api/v1/accounts", Ct)).StatusCode);
    }
}

public sealed class SqliteTokenTests() : TokenTests(new SqliteTarget());

public sealed class PostgresTokenTests(PostgresFixture postgres) : TokenTests(new PostgresTarget(postgres));

public sealed class SqliteTokenExpiryTests() : TokenExpiryTests(new SqliteTarget());

public sealed class PostgresTokenExpiryTests(PostgresFixture postgres) : TokenExpiryTests(new PostgresTarget(postgres));
