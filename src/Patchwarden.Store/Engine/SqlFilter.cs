using System.Text;
using Dapper;

namespace Patchwarden.Store.Engine;

/// <summary>Builds a WHERE clause from constant SQL fragments and their parameters, always including the account scope.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> _conditions = [];

    /// <summary>Starts with the caller's account scope on <paramref name="accountColumn"/>, so no filtered query can leave it out.</summary>
    public SqlFilter(SqlDialect dialect, AccountScope scope, string accountColumn)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Dialect = dialect;
        if (!scope.IsAll)
        {
            Parameters.Add("ScopeAccounts", scope.Accounts.ToArray());
            _conditions.Add(dialect.InList(accountColumn, "ScopeAccounts"));
        }
    }

    public SqlDialect Dialect { get; }

    public DynamicParameters Parameters { get; } = new();

    /// <summary>Adds <paramref name="condition"/> (a constant fragment) with one named parameter.</summary>
    public SqlFilter Add(string condition, string parameter, object? value)
    {
        _conditions.Add(condition);
        Parameters.Add(parameter, value);
        return this;
    }

    /// <summary>Adds a parameterless condition.</summary>
    public SqlFilter Add(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    /// <summary><c>WHERE a AND b ...</c>, or empty when there is no condition.</summary>
    public string Where()
    {
        if (_conditions.Count == 0)
        {
            return "";
        }

        var sql = new StringBuilder("WHERE ");
        sql.AppendJoin(" AND ", _conditions.Select(c => "(" + c + ")"));
        return sql.ToString();
    }
}
