using System.Net;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Hosting;

/// <summary>The first start creates the admin token file; later starts keep the data and create nothing new.</summary>
public abstract class FirstStartTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public void First_start_writes_the_admin_token_readable_by_the_owner_only()
    {
        Assert.Equal(Server.AdminTokenPath, Server.Startup.AdminTokenPath);
        Assert.True(File.Exists(Server.AdminTokenPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Server.AdminTokenPath));
        }

        Assert.StartsWith("pwt_", Server.AdminToken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_token_from_the_file_works_as_an_admin()
    {
        using var admin = Server.CreateAdminClient();
        using var response = await admin.GetAsync("/api/v1/tokens", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await Json.ReadAsync(response);
        var only = Assert.Single(tokens.EnumerateArray());
        Assert.Equal("admin", only.Text("role"));
        Assert.Null(only.Text("token")); // Listing never shows a token again.
    }

    [Fact]
    public async Task A_restart_keeps_the_data_and_does_not_create_another_admin()
    {
        var token = Server.AdminToken;
        await Server.CreateAccountAsync("payments-prod");
        var operatorToken = (await Server.CreateTokenAsync("operator", "payments-prod")).Token;
        var instance = await Server.RegisterInstanceAsync("payments-prod");

        await RestartAsync();

        Assert.Null(Server.Startup.AdminTokenPath);
        Assert.Equal(token, Server.AdminToken);
        using var admin = Server.CreateAdminClient();
        Assert.Single((await admin.GetJsonAsync("/api/v1/tokens")).EnumerateArray(), t => t.Text("role") == "admin");
        using var @operator = Server.CreateClient(operatorToken);
        var accounts = await @operator.GetJsonAsync("/api/v1/accounts");
        Assert.Equal("payments-prod", Assert.Single(accounts.EnumerateArray()).Text("name"));
        using var agent = Server.CreateClient(instance.Token);
        using var heartbeat = await agent.PostAsync("/api/v1/agent/heartbeat", null, Ct);
        Assert.Equal(HttpStatusCode.OK, heartbeat.StatusCode);
    }

    [Fact]
    public async Task A_store_with_an_admin_but_no_token_file_gets_no_new_admin()
    {
        File.Delete(Server.AdminTokenPath);

        await RestartAsync();

        Assert.Null(Server.Startup.AdminTokenPath);
        Assert.False(File.Exists(Server.AdminTokenPath));
    }
}

public sealed class SqliteFirstStartTests() : FirstStartTests(new SqliteTarget());

public sealed class PostgresFirstStartTests(PostgresFixture postgres) : FirstStartTests(new PostgresTarget(postgres));
