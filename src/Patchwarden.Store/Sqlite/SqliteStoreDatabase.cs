using System.Data;
using Microsoft.Data.Sqlite;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Sqlite;

/// <summary>
/// SQLite in WAL mode: one long-lived writer connection used by one transaction at a time, and pooled readers.
/// </summary>
/// <remarks>
/// SQLite has a single writer; queuing writers on a semaphore in-process is cheaper and fairer than letting them
/// spin on SQLITE_BUSY, and keeps the writer's prepared statements warm. <c>BEGIN IMMEDIATE</c> (with a busy
/// timeout) still protects against another process writing the same file.
/// </remarks>
internal sealed class SqliteStoreDatabase : StoreDatabase
{
    private const string ConfigureWriter = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = 30000;
        PRAGMA foreign_keys = ON;
        """;

    private const string ConfigureReader = """
        PRAGMA busy_timeout = 30000;
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SqliteBulkWriter _bulk = new();
    private SqliteConnection? _writer;

    public SqliteStoreDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string DataSource { get; }

    public override StoreEngine Engine => StoreEngine.Sqlite;

    public override SqlDialect Dialect => SqliteDialect.Instance;

    public override BulkWriter Bulk => _bulk;

    public override async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = ConfigureReader;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return await work(new DbSession(connection, null, Dialect, cancellationToken));
    }

    public override async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = await GetWriterAsync(cancellationToken);
            await using var transaction = writer.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            var session = new DbSession(writer, transaction, Dialect, cancellationToken);
            var result = await work(session);
            await CompleteAsync(session, transaction, cancellationToken);

            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            _bulk.Dispose();
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
                _writer = null;
            }
        }
        finally
        {
            _writeLock.Release();
        }

        // Pooled readers would otherwise keep the file open (and locked on some systems) after the store is gone.
        await using var pooled = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(pooled);
    }

    private async Task<SqliteConnection> GetWriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is { State: ConnectionState.Open })
        {
            return _writer;
        }

        var writer = new SqliteConnection(_connectionString);
        await writer.OpenAsync(cancellationToken);
        await using (var pragma = writer.CreateCommand())
        {
            pragma.CommandText = ConfigureWriter;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        _writer = writer;
        return writer;
    }
}
