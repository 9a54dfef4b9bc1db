namespace Patchwarden.Store.Tests.Fixtures;

/// <summary>
/// Base of every store test class: a fresh database of the subclass's engine per test, and a migrated store on it.
/// Each suite is an abstract class with a SQLite and a PostgreSQL subclass, so every test runs on both engines.
/// </summary>
public abstract class StoreTestBase(StoreTarget target) : IAsyncLifetime
{
    private IPatchwardenStore? _store;

    protected StoreTarget Target { get; } = target;

    protected IPatchwardenStore Store => _store ?? throw new InvalidOperationException("The store is opened in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Target.InitializeAsync();
        _store = await Target.OpenAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await Target.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the test's store and opens a new one on the same database (a restart).</summary>
    protected async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        _store = null;
        _store = await Target.OpenAsync();
    }
}
