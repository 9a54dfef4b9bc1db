using Patchwarden.Store.Accounts;
using Patchwarden.Store.Activations;
using Patchwarden.Store.Audit;
using Patchwarden.Store.Baselines;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Exceptions;
using Patchwarden.Store.Fleet;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Migrations;
using Patchwarden.Store.Principals;

namespace Patchwarden.Store;

/// <summary>The control plane's database: one store per aggregate, on SQLite or PostgreSQL. Thread-safe; create one per process.</summary>
public interface IPatchwardenStore : IAsyncDisposable
{
    StoreEngine Engine { get; }

    /// <summary>Brings the schema up to date; run it once at start-up (safe when several nodes start at once).</summary>
    StoreMigrator Migrator { get; }

    IAccountStore Accounts { get; }

    IPrincipalStore Principals { get; }

    IActivationStore Activations { get; }

    IInstanceStore Instances { get; }

    IBaselineStore Baselines { get; }

    IExceptionStore Exceptions { get; }

    IComplianceStore Compliance { get; }

    IFleetSummaryStore Fleet { get; }

    IAuditStore Audit { get; }
}
