using Npgsql;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Postgres;

/// <summary>PostgreSQL through one <see cref="NpgsqlDataSource"/>; write transactions are read committed and retried on deadlock.</summary>
internal sealed class PostgresStoreDatabase : StoreDatabase
{
    private const int MaxAttempts = 3;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresBulkWriter _bulk = new();

    public PostgresStoreDatabase(string connectionString)
    {
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
    }

    public override StoreEngine Engine => StoreEngine.Postgres;

    public override SqlDialect Dialect => PostgresDialect.Instance;

    public override BulkWriter Bulk => _bulk;

    public override async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await work(new DbSession(connection, null, Dialect, cancellationToken));
    }

    public override async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                var session = new DbSession(connection, transaction, Dialect, cancellationToken);
                var result = await work(session);
                await CompleteAsync(session, transaction, cancellationToken);

                return result;
            }
            catch (PostgresException e) when (attempt < MaxAttempts && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // The transaction is rolled back on dispose; the whole unit of work runs again on a fresh one.
            }
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
