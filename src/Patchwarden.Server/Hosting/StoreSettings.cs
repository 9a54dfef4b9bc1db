using Patchwarden.Store;

namespace Patchwarden.Server.Hosting;

/// <summary>The store's configuration as people write it (section <c>Store</c>): the engine by name, so a typo is a clear error rather than a binder exception.</summary>
public sealed class StoreSettings
{
    public const string SectionName = "Store";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Engine { get; set; } = "sqlite";

    /// <summary>PostgreSQL: required. SQLite: optional (default <c>DATA_DIR/patchwarden.db</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite's folder when no connection string is given; default <c>Server:DataDirectory</c>.</summary>
    public string? DataDirectory { get; set; }

    public static bool TryParseEngine(string? text, out StoreEngine engine)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "sqlite":
                engine = StoreEngine.Sqlite;
                return true;
            case "postgres" or "postgresql":
                engine = StoreEngine.Postgres;
                return true;
            default:
                engine = default;
                return false;
        }
    }

    /// <summary>The store's options; call after validation.</summary>
    public StoreOptions ToStoreOptions(ServerOptions server) => new()
    {
        Engine = TryParseEngine(Engine, out var engine) ? engine : throw new InvalidOperationException($"Store:Engine '{Engine}' was not validated."),
        ConnectionString = string.IsNullOrWhiteSpace(ConnectionString) ? null : ConnectionString,
        DataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? server.DataDirectory : DataDirectory),
    };
}
