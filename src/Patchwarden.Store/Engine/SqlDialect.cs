namespace Patchwarden.Store.Engine;

/// <summary>The few SQL fragments that differ between SQLite and PostgreSQL; everything else is shared SQL.</summary>
internal abstract class SqlDialect
{
    /// <summary><c>column</c> is one of the list parameter's values (Dapper expands lists on SQLite; PostgreSQL takes an array).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Case-insensitive LIKE.</summary>
    public abstract string ILike(string column, string parameter);

    /// <summary>Appended to a single-row SELECT to lock the row until commit (PostgreSQL); SQLite's writer lock covers it.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>A statement that serializes migration runs across nodes inside the transaction, or null when the write transaction does already.</summary>
    public abstract string? MigrationLock { get; }
}
