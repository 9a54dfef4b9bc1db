using System.Data.Common;
using Dapper;

namespace Patchwarden.Store.Engine;

/// <summary>An open connection (and, for writes, its transaction) with Dapper shortcuts that never forget the transaction or the token.</summary>
internal sealed class DbSession
{
    public DbSession(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, CancellationToken cancellationToken)
    {
        Connection = connection;
        Transaction = transaction;
        Dialect = dialect;
        CancellationToken = cancellationToken;
    }

    public DbConnection Connection { get; }

    public DbTransaction? Transaction { get; }

    public SqlDialect Dialect { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Set by work that wants its transaction rolled back although it returns normally (e.g. a duplicate).</summary>
    public bool RollbackRequested { get; private set; }

    public void RequestRollback() => RollbackRequested = true;

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        Connection.ExecuteAsync(Command(sql, parameters));

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        (await Connection.QueryAsync<T>(Command(sql, parameters))).AsList();

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters));

    public Task<T> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        Connection.ExecuteScalarAsync<T>(Command(sql, parameters))!;

    /// <summary>Several statements in one command (one round trip on PostgreSQL); read the results in order.</summary>
    public Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? parameters = null) =>
        Connection.QueryMultipleAsync(Command(sql, parameters));

    private CommandDefinition Command(string sql, object? parameters) =>
        new(sql, parameters, Transaction, cancellationToken: CancellationToken);
}
