using Patchwarden.Store.Audit;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Audit;

public abstract class AuditTests(StoreTarget target) : StoreTestBase(target)
{
    private static AuditEntry Entry(int minute, string action, string? account, AuditOutcome outcome = AuditOutcome.Succeeded, string principal = "tok-admin") => new()
    {
        At = TestData.T0.AddMinutes(minute),
        Actor = "admin",
        PrincipalId = principal,
        Action = action,
        Target = $"target-{minute}",
        Account = account,
        Outcome = outcome,
        DetailsJson = $$"""{"minute":{{minute}}}""",
    };

    [Fact]
    public async Task Entries_come_back_newest_first_in_pages_with_every_field()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Store.Audit.AppendAsync(Entry(i, "baseline.update", "a"), Ct));
        }

        Assert.Equal(ids.Order(), ids);
        var first = await Store.Audit.QueryAsync(AccountScope.All, new AuditQuery { Limit = 3 }, Ct);
        var second = await Store.Audit.QueryAsync(AccountScope.All, new AuditQuery { Limit = 3, Before = first.NextBefore }, Ct);

        Assert.Equal(ids.AsEnumerable().Reverse(), first.Items.Concat(second.Items).Select(e => e.Id));
        Assert.Null(second.NextBefore);
        Assert.Equal(Entry(4, "baseline.update", "a") with { Id = ids[4] }, first.Items[0]);
    }

    [Fact]
    public async Task Filters_and_scope_narrow_the_log()
    {
        await Store.Audit.AppendAsync(Entry(0, "token.create", null), Ct);
        await Store.Audit.AppendAsync(Entry(1, "command.install", "a", principal: "tok-op"), Ct);
        await Store.Audit.AppendAsync(Entry(2, "command.install", "b", AuditOutcome.Denied, principal: "tok-op"), Ct);
        await Store.Audit.AppendAsync(Entry(3, "baseline.update", null, AuditOutcome.Failed), Ct);

        async Task<IEnumerable<string?>> Targets(AccountScope scope, AuditQuery q) => (await Store.Audit.QueryAsync(scope, q, Ct)).Items.Select(e => e.Target);

        Assert.Equal(["target-2", "target-1"], await Targets(AccountScope.All, new AuditQuery { Action = "command.install" }));
        Assert.Equal(["target-2"], await Targets(AccountScope.All, new AuditQuery { Outcome = AuditOutcome.Denied }));
        Assert.Equal(["target-2", "target-1"], await Targets(AccountScope.All, new AuditQuery { PrincipalId = "tok-op" }));
        Assert.Equal(["target-2", "target-1"], await Targets(AccountScope.All, new AuditQuery { Since = TestData.T0.AddMinutes(1), Until = TestData.T0.AddMinutes(3) }));
        Assert.Equal(["target-1"], await Targets(AccountScope.Of(["a"]), new AuditQuery()));
        Assert.Equal(["target-3"], await Targets(AccountScope.All, new AuditQuery { Target = "target-3" }));
        Assert.Equal(["target-2"], await Targets(AccountScope.All, new AuditQuery { Account = "b" }));
    }
}

public sealed class SqliteAuditTests() : AuditTests(new SqliteTarget());

public sealed class PostgresAuditTests(PostgresFixture postgres) : AuditTests(new PostgresTarget(postgres));
