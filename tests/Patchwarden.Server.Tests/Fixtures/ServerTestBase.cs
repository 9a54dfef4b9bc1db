using Microsoft.AspNetCore.Builder;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>
/// Base of the server test classes: a fresh database of the subclass's engine and a started server on it, per test.
/// Each suite is an abstract class with a SQLite and a PostgreSQL subclass, so every test runs on both engines.
/// </summary>
public abstract class ServerTestBase(StoreTarget store) : IAsyncLifetime
{
    private PatchwardenFactory? _server;

    protected ServerTarget Target { get; } = new(store);

    protected PatchwardenFactory Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Extra configuration for this suite's servers.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Changes to this suite's servers' services (e.g. a <see cref="ManualClock"/>).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public async ValueTask InitializeAsync()
    {
        await Target.InitializeAsync();
        _server = await Target.StartAsync(Settings, Configure);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await Target.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server and starts a new one on the same data (a restart).</summary>
    protected async Task RestartAsync()
    {
        await Server.DisposeAsync();
        _server = null;
        _server = await Target.StartAsync(Settings, Configure);
    }
}
