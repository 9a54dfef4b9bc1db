using Microsoft.Data.Sqlite;
using Npgsql;
using Patchwarden.Core.Validation;
using Patchwarden.Store.Engine;
using Patchwarden.Store.Migrations;
using Patchwarden.Store.Postgres;
using Patchwarden.Store.Sqlite;

namespace Patchwarden.Store;

/// <summary>Builds the store for the configured engine, or says which option is wrong.</summary>
public static class PatchwardenStoreFactory
{
    /// <summary>The SQLite file name inside the data folder.</summary>
    public const string SqliteFileName = "patchwarden.db";

    private const string SqliteMigrations = "Patchwarden.Store.Sqlite.Migrations.";
    private const string PostgresMigrations = "Patchwarden.Store.Postgres.Migrations.";

    /// <summary>The store, not yet migrated (see <see cref="IPatchwardenStore.Migrator"/>), or the errors in <paramref name="options"/>.</summary>
    /// <remarks>Creates the SQLite data folder if needed; does not connect to PostgreSQL yet.</remarks>
    public static Result<IPatchwardenStore> Create(StoreOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        time ??= TimeProvider.System;
        return options.Engine switch
        {
            StoreEngine.Sqlite => CreateSqlite(options, time),
            StoreEngine.Postgres => CreatePostgres(options, time),
            _ => Result<IPatchwardenStore>.Failure(nameof(StoreOptions.Engine), $"Unknown store engine '{options.Engine}'; use sqlite or postgres."),
        };
    }

    /// <summary>Creates the store and applies pending migrations; option errors come back as values, database failures as exceptions.</summary>
    public static async Task<Result<IPatchwardenStore>> OpenAsync(StoreOptions options, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        var created = Create(options, time);
        if (!created.IsSuccess)
        {
            return created;
        }

        try
        {
            await created.Value.Migrator.MigrateAsync(cancellationToken);
        }
        catch
        {
            await created.Value.DisposeAsync();
            throw;
        }

        return created;
    }

    private static Result<IPatchwardenStore> CreateSqlite(StoreOptions options, TimeProvider time)
    {
        string connectionString;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            SqliteConnectionStringBuilder builder;
            try
            {
                builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException e)
            {
                return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.ConnectionString), $"Not a valid SQLite connection string: {e.Message}");
            }

            if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            {
                return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.ConnectionString), "SQLite needs a file (Data Source=/path/patchwarden.db); in-memory databases are not supported.");
            }

            connectionString = builder.ToString();
        }
        else if (!string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            try
            {
                Directory.CreateDirectory(options.DataDirectory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.DataDirectory), $"Cannot create the data folder '{options.DataDirectory}': {e.Message}");
            }

            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(options.DataDirectory), SqliteFileName) }.ToString();
        }
        else
        {
            return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.DataDirectory), "SQLite needs a data folder (--data-dir) or a connection string.");
        }

        return Result<IPatchwardenStore>.Success(
            new SqlPatchwardenStore(new SqliteStoreDatabase(connectionString), MigrationScripts.Load(SqliteMigrations), time));
    }

    private static Result<IPatchwardenStore> CreatePostgres(StoreOptions options, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.ConnectionString), "PostgreSQL needs a connection string (--connection-string \"Host=...;Database=...;Username=...\").");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.ConnectionString), "The PostgreSQL connection string names no Host.");
            }

            StoreDatabase database = new PostgresStoreDatabase(builder.ConnectionString);
            return Result<IPatchwardenStore>.Success(new SqlPatchwardenStore(database, MigrationScripts.Load(PostgresMigrations), time));
        }
        catch (ArgumentException e)
        {
            return Result<IPatchwardenStore>.Failure(nameof(StoreOptions.ConnectionString), $"Not a valid PostgreSQL connection string: {e.Message}");
        }
    }
}
