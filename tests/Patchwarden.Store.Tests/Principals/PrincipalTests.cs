using Patchwarden.Store.Principals;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Principals;

public abstract class PrincipalTests(StoreTarget target) : StoreTestBase(target)
{
    private static Principal Operator(string id, string token, params string[] accounts) => new()
    {
        Id = id,
        Name = $"{id} token",
        Role = PrincipalRole.Operator,
        Accounts = accounts,
        TokenHash = TestData.Hash(token),
        CreatedAt = TestData.T0,
        ExpiresAt = TestData.T0.AddDays(30),
        CreatedBy = "tok-admin",
    };

    [Fact]
    public async Task A_token_is_found_by_its_hash_with_role_accounts_and_expiry()
    {
        var principal = Operator("tok-1", "secret-1", "payments-dev", "payments-prod");
        Assert.True(await Store.Principals.CreateAsync(principal, Ct));

        var found = await Store.Principals.FindByTokenHashAsync(TestData.Hash("secret-1"), Ct);

        Assert.NotNull(found);
        Assert.Equal(principal.Id, found.Id);
        Assert.Equal(PrincipalRole.Operator, found.Role);
        Assert.Equal(["payments-dev", "payments-prod"], found.Accounts);
        Assert.Equal(principal.ExpiresAt, found.ExpiresAt);
        Assert.Equal(AccountScope.Of(["payments-prod", "payments-dev"]), found.Scope);
        Assert.Null(await Store.Principals.FindByTokenHashAsync(TestData.Hash("secret-2"), Ct));
    }

    [Fact]
    public async Task A_second_principal_with_the_same_id_or_token_hash_is_refused()
    {
        Assert.True(await Store.Principals.CreateAsync(Operator("tok-1", "secret-1", "a"), Ct));

        Assert.False(await Store.Principals.CreateAsync(Operator("tok-1", "secret-2", "a"), Ct));
        Assert.False(await Store.Principals.CreateAsync(Operator("tok-2", "secret-1", "a"), Ct));
        Assert.Single(await Store.Principals.ListAsync(Ct));
    }

    [Fact]
    public async Task A_revoked_token_is_still_found_but_no_longer_active_and_cannot_be_revoked_twice()
    {
        await Store.Principals.CreateAsync(Operator("tok-1", "secret-1", "a"), Ct);
        var revokedAt = TestData.T0.AddHours(2);

        Assert.True(await Store.Principals.RevokeAsync("tok-1", revokedAt, Ct));
        Assert.False(await Store.Principals.RevokeAsync("tok-1", revokedAt.AddHours(1), Ct));
        Assert.False(await Store.Principals.RevokeAsync("tok-unknown", revokedAt, Ct));

        var found = await Store.Principals.FindByTokenHashAsync(TestData.Hash("secret-1"), Ct);
        Assert.Equal(revokedAt, found!.RevokedAt);
        Assert.True(found.IsActiveAt(revokedAt.AddSeconds(-1)));
        Assert.False(found.IsActiveAt(revokedAt));
    }

    [Fact]
    public async Task Only_one_of_several_nodes_racing_on_an_empty_store_creates_the_first_admin()
    {
        var admins = Enumerable.Range(0, 8).Select(i => new Principal
        {
            Id = $"tok-admin-{i}",
            Name = "first admin",
            Role = PrincipalRole.Admin,
            TokenHash = TestData.Hash($"admin-{i}"),
            CreatedAt = TestData.T0,
        }).ToList();

        var created = await Task.WhenAll(admins.Select(a => Task.Run(() => Store.Principals.TryCreateFirstAdminAsync(a, Ct), Ct)));

        Assert.Single(created, c => c);
        var all = await Store.Principals.ListAsync(Ct);
        Assert.Equal(AccountScope.All, Assert.Single(all).Scope);
        Assert.False(await Store.Principals.TryCreateFirstAdminAsync(admins[0] with { Id = "tok-late", TokenHash = TestData.Hash("late") }, Ct));
    }
}

public sealed class SqlitePrincipalTests() : PrincipalTests(new SqliteTarget());

public sealed class PostgresPrincipalTests(PostgresFixture postgres) : PrincipalTests(new PostgresTarget(postgres));
