using Patchwarden.Core.Exceptions;
using Patchwarden.Store.Exceptions;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Exceptions;

public abstract class ExceptionTests(StoreTarget target) : StoreTestBase(target)
{
    private static StandingException Exception(string id, string account, ExceptionScopeKind kind, string value, int days = 30) => new()
    {
        Id = id,
        PatchPattern = "openssl*",
        ScopeKind = kind,
        ScopeValue = value,
        Account = account,
        Reason = "breaks the payment service",
        Author = "alice",
        CreatedAt = TestData.T0,
        ExpiresAt = TestData.T0.AddDays(days),
    };

    [Fact]
    public async Task An_operator_creates_reads_and_revokes_exceptions_of_its_own_accounts_only()
    {
        await TestData.EnsureAccountAsync(Store, "a");
        await TestData.EnsureAccountAsync(Store, "b");
        var scopeA = AccountScope.Of(["a"]);
        var ofA = Exception("ex-a", "a", ExceptionScopeKind.Account, "a");

        Assert.True(await Store.Exceptions.CreateAsync(scopeA, ofA, Ct));
        Assert.False(await Store.Exceptions.CreateAsync(scopeA, ofA, Ct));
        Assert.False(await Store.Exceptions.CreateAsync(scopeA, Exception("ex-b", "b", ExceptionScopeKind.Account, "b"), Ct));
        Assert.True(await Store.Exceptions.CreateAsync(AccountScope.All, Exception("ex-b", "b", ExceptionScopeKind.Account, "b"), Ct));

        Assert.Equal(ofA, await Store.Exceptions.GetAsync(scopeA, "ex-a", Ct));
        Assert.Null(await Store.Exceptions.GetAsync(scopeA, "ex-b", Ct));
        Assert.Equal(["ex-a"], (await Store.Exceptions.ListAsync(scopeA, new ExceptionQuery(), Ct)).Select(e => e.Id));
        Assert.False(await Store.Exceptions.RevokeAsync(scopeA, "ex-b", TestData.T0, Ct));
        Assert.True(await Store.Exceptions.RevokeAsync(scopeA, "ex-a", TestData.T0.AddDays(1), Ct));
        Assert.False(await Store.Exceptions.RevokeAsync(scopeA, "ex-a", TestData.T0.AddDays(2), Ct));
        Assert.Empty(await Store.Exceptions.ListAsync(scopeA, new ExceptionQuery { ActiveAt = TestData.T0.AddDays(1) }, Ct));
        Assert.Single(await Store.Exceptions.ListAsync(scopeA, new ExceptionQuery { ActiveAt = TestData.T0.AddHours(1) }, Ct));
    }

    [Fact]
    public async Task Applicable_exceptions_are_those_in_force_covering_the_instance_its_account_or_its_patch_group_in_its_account()
    {
        await TestData.EnsureAccountAsync(Store, "a");
        await TestData.EnsureAccountAsync(Store, "b");
        var exceptions = new[]
        {
            Exception("ex-instance", "a", ExceptionScopeKind.Instance, "mi-0123456789abcdef0"),
            Exception("ex-other-instance", "a", ExceptionScopeKind.Instance, "mi-fffffffffffffffff"),
            Exception("ex-account", "a", ExceptionScopeKind.Account, "a"),
            Exception("ex-group", "a", ExceptionScopeKind.PatchGroup, "web"),
            Exception("ex-group-of-b", "b", ExceptionScopeKind.PatchGroup, "web"),
            Exception("ex-expired", "a", ExceptionScopeKind.Account, "a", days: 1),
        };
        foreach (var e in exceptions)
        {
            await Store.Exceptions.CreateAsync(AccountScope.All, e, Ct);
        }

        var instance = new InstanceContext { InstanceId = "mi-0123456789abcdef0", Account = "a", PatchGroup = "web" };
        var applicable = await Store.Exceptions.ListApplicableAsync(instance, TestData.T0.AddDays(2), Ct);

        Assert.Equal(["ex-account", "ex-group", "ex-instance"], applicable.Select(e => e.Id));
        Assert.Equal(["ex-group-of-b"], (await Store.Exceptions.ListAsync(AccountScope.All, new ExceptionQuery { Account = "b" }, Ct)).Select(e => e.Id));
        Assert.Equal(["ex-group", "ex-group-of-b"], (await Store.Exceptions.ListAsync(AccountScope.All, new ExceptionQuery { ScopeKind = ExceptionScopeKind.PatchGroup }, Ct)).Select(e => e.Id).Order());
    }
}

public sealed class SqliteExceptionTests() : ExceptionTests(new SqliteTarget());

public sealed class PostgresExceptionTests(PostgresFixture postgres) : ExceptionTests(new PostgresTarget(postgres));
