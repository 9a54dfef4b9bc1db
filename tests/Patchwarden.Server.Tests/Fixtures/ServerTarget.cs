using Microsoft.AspNetCore.Builder;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>One test's server data on one engine: a data folder (admin.token, the SQLite file) and, on PostgreSQL, a database. Start as many servers on it as the test needs.</summary>
public sealed class ServerTarget(StoreTarget store) : IAsyncDisposable
{
    private string? _dataDirectory;
    private bool _ownsDataDirectory;

    /// <summary>Settings every test server starts with: quiet logs and a registration rate limit no ordinary test reaches.</summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Agents:RegistrationPermitLimit"] = "100000",
    };

    public StoreEngine Engine => store.Engine;

    public string DataDirectory => _dataDirectory ?? throw new InvalidOperationException("Call InitializeAsync first.");

    /// <summary>Creates the database; skips the test when the engine is not available here.</summary>
    public async ValueTask InitializeAsync()
    {
        await store.InitializeAsync();
        if (store.Options.DataDirectory is { } sqliteFolder)
        {
            _dataDirectory = sqliteFolder;
        }
        else
        {
            _dataDirectory = Directory.CreateTempSubdirectory("pw-server-test-").FullName;
            _ownsDataDirectory = true;
        }
    }

    /// <summary>The configuration keys <c>patchwarden serve --data-dir ... --store ... --connection-string ...</c> would set.</summary>
    public IReadOnlyDictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(Defaults)
        {
            ["Server:DataDirectory"] = DataDirectory,
            ["Store:Engine"] = Engine == StoreEngine.Postgres ? "postgres" : "sqlite",
            ["Store:ConnectionString"] = store.Options.ConnectionString,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public string? ConnectionString => store.Options.ConnectionString;

    public Task<PatchwardenFactory> StartAsync(
        IReadOnlyDictionary<string, string?>? extra = null, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null) =>
        PatchwardenFactory.StartAsync(Settings(extra), configure, map);

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        if (_ownsDataDirectory && _dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
