using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Sqlite;

/// <summary>SQLite's spelling of the fragments that differ.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    // Dapper expands a list parameter into (@p1, @p2, ...) for SQLite.
    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    // SQLite's LIKE ignores ASCII case already.
    public override string ILike(string column, string parameter) => $"{column} LIKE @{parameter} ESCAPE '\\'";

    public override string ForUpdate => "";

    // The migration runs inside BEGIN IMMEDIATE, which already excludes every other writer, other processes included.
    public override string? MigrationLock => null;
}
