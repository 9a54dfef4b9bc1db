using System.Net;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Accounts;

public abstract class AccountsApiTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task An_operator_sees_only_its_own_accounts_and_auditors_see_all()
    {
        await Server.CreateAccountAsync("payments-dev");
        await Server.CreateAccountAsync("payments-prod");
        await Server.CreateAccountAsync("search-prod");
        using var @operator = Server.CreateClient((await Server.CreateTokenAsync("operator", "payments-dev", "payments-prod")).Token);
        using var auditor = Server.CreateClient((await Server.CreateTokenAsync("auditor")).Token);

        var mine = await @operator.GetJsonAsync("/api/v1/accounts");
        var all = await auditor.GetJsonAsync("/api/v1/accounts");

        Assert.Equal(["payments-dev", "payments-prod"], mine.EnumerateArray().Select(a => a.Text("name")));
        Assert.Equal(["payments-dev", "payments-prod", "search-prod"], all.EnumerateArray().Select(a => a.Text("name")));
        Assert.Equal(HttpStatusCode.NotFound, (await @operator.GetAsync("/api/v1/accounts/search-prod", Ct)).StatusCode);
    }

    [Fact]
    public async Task Creating_an_account_twice_is_a_conflict()
    {
        await Server.CreateAccountAsync("payments-prod");
        using var admin = Server.CreateAdminClient();

        using var again = await admin.PostAsync("/api/v1/accounts", Json.Body("""{"name":"payments-prod"}"""), Ct);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(Json.IsProblem(again));
    }
}

public sealed class SqliteAccountsApiTests() : AccountsApiTests(new SqliteTarget());

public sealed class PostgresAccountsApiTests(PostgresFixture postgres) : AccountsApiTests(new PostgresTarget(postgres));
