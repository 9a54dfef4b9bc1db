using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Postgres;

/// <summary>PostgreSQL's spelling of the fragments that differ.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>An arbitrary constant that names the migration lock among the database's advisory locks.</summary>
    private const long MigrationLockKey = 0x50_57_4D_49_47; // "PWMIG"

    public static PostgresDialect Instance { get; } = new();

    // Dapper passes lists to Npgsql as arrays, not expanded.
    public override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public override string ILike(string column, string parameter) => $"{column} ILIKE @{parameter} ESCAPE '\\'";

    public override string ForUpdate => " FOR UPDATE";

    public override string? MigrationLock { get; } = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
}
