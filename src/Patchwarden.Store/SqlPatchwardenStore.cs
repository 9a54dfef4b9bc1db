using Patchwarden.Store.Accounts;
using Patchwarden.Store.Activations;
using Patchwarden.Store.Audit;
using Patchwarden.Store.Baselines;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Engine;
using Patchwarden.Store.Exceptions;
using Patchwarden.Store.Fleet;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Migrations;
using Patchwarden.Store.Principals;

namespace Patchwarden.Store;

/// <summary>The aggregate stores over one engine's database.</summary>
internal sealed class SqlPatchwardenStore : IPatchwardenStore
{
    private readonly StoreDatabase _database;

    public SqlPatchwardenStore(StoreDatabase database, IReadOnlyList<Migration> migrations, TimeProvider time)
    {
        _database = database;
        Migrator = new StoreMigrator(database, migrations, time);
        Accounts = new SqlAccountStore(database);
        Principals = new SqlPrincipalStore(database);
        Activations = new SqlActivationStore(database);
        Instances = new SqlInstanceStore(database);
        Baselines = new SqlBaselineStore(database);
        Exceptions = new SqlExceptionStore(database);
        Compliance = new SqlComplianceStore(database);
        Fleet = new SqlFleetSummaryStore(database);
        Audit = new SqlAuditStore(database);
    }

    public StoreEngine Engine => _database.Engine;

    public StoreMigrator Migrator { get; }

    public IAccountStore Accounts { get; }

    public IPrincipalStore Principals { get; }

    public IActivationStore Activations { get; }

    public IInstanceStore Instances { get; }

    public IBaselineStore Baselines { get; }

    public IExceptionStore Exceptions { get; }

    public IComplianceStore Compliance { get; }

    public IFleetSummaryStore Fleet { get; }

    public IAuditStore Audit { get; }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
