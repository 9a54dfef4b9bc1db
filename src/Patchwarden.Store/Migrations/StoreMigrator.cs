using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Migrations;

/// <summary>Applies the engine's pending numbered migrations in one transaction, recording each in <c>schema_migrations</c>.</summary>
/// <remarks>
/// Safe when several nodes start at once: the run holds the engine's write lock from before it reads
/// <c>schema_migrations</c> until it commits (PostgreSQL: <c>pg_advisory_xact_lock</c>; SQLite: <c>BEGIN IMMEDIATE</c>),
/// so the second node waits and then finds nothing to do.
/// </remarks>
public sealed class StoreMigrator
{
    private const string CreateMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at BIGINT  NOT NULL
        )
        """;

    private const string SelectAppliedVersions = """
        SELECT version FROM schema_migrations ORDER BY version
        """;

    private const string InsertMigration = """
        INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)
        """;

    private readonly StoreDatabase _database;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly TimeProvider _time;

    internal StoreMigrator(StoreDatabase database, IReadOnlyList<Migration> migrations, TimeProvider time)
    {
        _database = database;
        _migrations = migrations;
        _time = time;
    }

    /// <summary>The newest version this build knows.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    public Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken) =>
        _database.WriteAsync(async session =>
        {
            if (session.Dialect.MigrationLock is { } lockSql)
            {
                await session.ExecuteAsync(lockSql);
            }

            await session.ExecuteAsync(CreateMigrationsTable);
            var applied = (await session.QueryAsync<int>(SelectAppliedVersions)).ToHashSet();
            if (applied.Count > 0 && applied.Max() > LatestVersion)
            {
                // An older build must not write to a schema it does not know.
                throw new InvalidOperationException(
                    $"The database schema is at version {applied.Max()}, newer than this build's {LatestVersion}; run a newer Patchwarden.");
            }

            var newlyApplied = new List<int>();
            foreach (var migration in _migrations.Where(m => !applied.Contains(m.Version)))
            {
                await session.ExecuteAsync(migration.Sql);
                await session.ExecuteAsync(InsertMigration, new { migration.Version, migration.Name, AppliedAt = _time.GetUtcNow().ToUnixTimeMilliseconds() });
                newlyApplied.Add(migration.Version);
            }

            return new MigrationResult(newlyApplied, LatestVersion);
        }, cancellationToken);
}
