using Dapper;
using Patchwarden.Store.Accounts;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Migrations;

public abstract class MigrationTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Migrating_a_current_schema_again_applies_nothing_and_keeps_data()
    {
        await Store.Accounts.CreateAsync(new Account { Name = "payments-prod", CreatedAt = TestData.T0 }, Ct);

        var again = await Store.Migrator.MigrateAsync(Ct);

        Assert.Empty(again.Applied);
        Assert.Equal(Store.Migrator.LatestVersion, again.CurrentVersion);
        Assert.NotNull(await Store.Accounts.GetAsync(AccountScope.All, "payments-prod", Ct));
    }

    [Fact]
    public async Task A_build_older_than_the_schema_refuses_to_migrate_it()
    {
        var newer = Store.Migrator.LatestVersion + 1;
        await using (var raw = await Target.OpenConnectionAsync())
        {
            await raw.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, 'future', 0)", new { Version = newer });
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.Migrator.MigrateAsync(Ct));

        Assert.Contains($"version {newer}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_nodes_migrating_an_empty_database_at_once_apply_each_version_exactly_once()
    {
        await using var target = Target.Another();
        await target.InitializeAsync();
        var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => target.OpenAsync(migrate: false)));
        try
        {
            var start = new TaskCompletionSource();
            var runs = nodes.Select(async node =>
            {
                await start.Task;
                return await node.Migrator.MigrateAsync(Ct);
            }).ToList();
            start.SetResult();
            var results = await Task.WhenAll(runs);

            var applied = results.SelectMany(r => r.Applied).ToList();
            Assert.Equal(Enumerable.Range(1, nodes[0].Migrator.LatestVersion), applied.Order());
            Assert.All(results, r => Assert.Equal(nodes[0].Migrator.LatestVersion, r.CurrentVersion));
            Assert.True(await nodes[1].Accounts.CreateAsync(new Account { Name = "payments-dev", CreatedAt = TestData.T0 }, Ct));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(new SqliteTarget());

public sealed class PostgresMigrationTests(PostgresFixture postgres) : MigrationTests(new PostgresTarget(postgres));
