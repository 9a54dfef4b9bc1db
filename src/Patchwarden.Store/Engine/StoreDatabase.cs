using System.Data.Common;
using Dapper;

namespace Patchwarden.Store.Engine;

/// <summary>How the aggregate stores reach one engine: read sessions, serialized write transactions, and the SQL that differs.</summary>
internal abstract class StoreDatabase : IAsyncDisposable
{
    static StoreDatabase()
    {
        // Row classes use C# names for snake_case columns (created_at → CreatedAt); this is Dapper's process-wide switch,
        // set once and never changed.
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public abstract StoreEngine Engine { get; }

    public abstract SqlDialect Dialect { get; }

    /// <summary>The engine's bulk statements (patch states, heartbeats, counters).</summary>
    public abstract BulkWriter Bulk { get; }

    /// <summary>Runs <paramref name="work"/> on a pooled read connection.</summary>
    public abstract Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it unless it throws or requests a rollback.
    /// SQLite: one writer at a time (<c>BEGIN IMMEDIATE</c>). PostgreSQL: read committed, retried on deadlock or
    /// serialization failure, so <paramref name="work"/> must be safe to run again.
    /// </summary>
    public abstract Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Commits the session's work, or rolls it back when the work asked for that.</summary>
    protected static Task CompleteAsync(DbSession session, DbTransaction transaction, CancellationToken cancellationToken) =>
        session.RollbackRequested ? transaction.RollbackAsync(cancellationToken) : transaction.CommitAsync(cancellationToken);
}
