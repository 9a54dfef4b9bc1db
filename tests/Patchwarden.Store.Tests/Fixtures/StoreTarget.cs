using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Patchwarden.Store.Tests.Fixtures;

/// <summary>One engine's fresh database for one test: open as many stores on it as the test needs.</summary>
public abstract class StoreTarget : IAsyncDisposable
{
    public abstract StoreEngine Engine { get; }

    /// <summary>Creates the empty database; skips the test when the engine is not available here.</summary>
    public abstract ValueTask InitializeAsync();

    public abstract StoreOptions Options { get; }

    /// <summary>A plain open connection to the test's database, for tests that must tamper with it behind the store's back.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync();

    /// <summary>Another, independent empty database of the same engine (initialize and dispose it yourself).</summary>
    public abstract StoreTarget Another();

    /// <summary>A new store on this test's database, migrated unless asked not to.</summary>
    public async Task<IPatchwardenStore> OpenAsync(bool migrate = true)
    {
        var store = PatchwardenStoreFactory.Create(Options).Value;
        if (migrate)
        {
            await store.Migrator.MigrateAsync(TestContext.Current.CancellationToken);
        }

        return store;
    }

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in a temporary data folder, deleted afterwards.</summary>
public sealed class SqliteTarget : StoreTarget
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pw-store-test-").FullName;

    public override StoreEngine Engine => StoreEngine.Sqlite;

    public override StoreOptions Options => new() { Engine = StoreEngine.Sqlite, DataDirectory = _directory };

    public override StoreTarget Another() => new SqliteTarget();

    public override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, PatchwardenStoreFactory.SqliteFileName)};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public override ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A new database on the assembly's PostgreSQL server, dropped afterwards.</summary>
public sealed class PostgresTarget(PostgresFixture fixture) : StoreTarget
{
    private TestPostgresDatabase? _database;

    public override StoreEngine Engine => StoreEngine.Postgres;

    public override StoreOptions Options => new()
    {
        Engine = StoreEngine.Postgres,
        ConnectionString = _database?.ConnectionString ?? throw new InvalidOperationException("Not initialized."),
    };

    public override StoreTarget Another() => new PostgresTarget(fixture);

    public override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask InitializeAsync()
    {
        if (fixture.Unavailable is { } why)
        {
            Assert.Skip(why);
        }

        _database = await fixture.CreateDatabaseAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
