namespace Patchwarden.Store;

/// <summary>The database behind the store.</summary>
public enum StoreEngine
{
    /// <summary>An embedded SQLite file under the data folder (the default, for one server node).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by any number of server nodes.</summary>
    Postgres,
}
