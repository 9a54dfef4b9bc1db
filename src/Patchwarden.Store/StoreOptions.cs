namespace Patchwarden.Store;

/// <summary>Which engine the store uses and where its data lives (configuration section <c>Store</c>).</summary>
public sealed record StoreOptions
{
    public const string SectionName = "Store";

    public StoreEngine Engine { get; init; } = StoreEngine.Sqlite;

    /// <summary>PostgreSQL: required. SQLite: optional; without it the file is <c>DataDirectory/patchwarden.db</c>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>SQLite: the folder for <c>patchwarden.db</c> when no connection string is given (created if missing).</summary>
    public string? DataDirectory { get; init; }
}
