using Patchwarden.Store.Accounts;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Accounts;

public abstract class AccountTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Created_account_is_listed_and_a_second_create_of_the_same_name_says_it_exists()
    {
        var account = new Account { Name = "payments-prod", Description = "Payments production", CreatedAt = TestData.T0 };

        Assert.True(await Store.Accounts.CreateAsync(account, Ct));
        Assert.False(await Store.Accounts.CreateAsync(account with { Description = "other" }, Ct));

        Assert.Equal([account], await Store.Accounts.ListAsync(AccountScope.All, Ct));
    }

    [Fact]
    public async Task A_limited_scope_lists_and_gets_only_its_own_accounts()
    {
        foreach (var name in new[] { "payments-dev", "payments-prod", "search-prod" })
        {
            await Store.Accounts.CreateAsync(new Account { Name = name, CreatedAt = TestData.T0 }, Ct);
        }

        var scope = AccountScope.Of(["payments-prod", "search-prod"]);

        Assert.Equal(["payments-prod", "search-prod"], (await Store.Accounts.ListAsync(scope, Ct)).Select(a => a.Name));
        Assert.Null(await Store.Accounts.GetAsync(scope, "payments-dev", Ct));
        Assert.NotNull(await Store.Accounts.GetAsync(scope, "search-prod", Ct));
        Assert.Empty(await Store.Accounts.ListAsync(AccountScope.Of([]), Ct));
    }
}

public sealed class SqliteAccountTests() : AccountTests(new SqliteTarget());

public sealed class PostgresAccountTests(PostgresFixture postgres) : AccountTests(new PostgresTarget(postgres));
