using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Compliance;

/// <summary>Compliance ingestion, re-evaluation, and the per-instance and per-patch reads.</summary>
public interface IComplianceStore
{
    /// <summary>
    /// In ONE transaction: records the execution id (a repeat changes nothing and returns AlreadyIngested), replaces
    /// the latest inventory and the per-patch states, writes the record and its summary on the instance, and appends
    /// a history row. The system ingests on an instance's own identity, so there is no account scope here.
    /// </summary>
    Task<IngestionStatus> IngestReportAsync(ReportIngestion report, CancellationToken cancellationToken);

    /// <summary>Same writes as ingestion without a new inventory or history row; skipped when a newer report was ingested meanwhile.</summary>
    Task<ReevaluationStatus> ReevaluateAsync(ComplianceReevaluation reevaluation, CancellationToken cancellationToken);

    /// <summary>The compliance record JSON exactly as written, or null when none / out of scope.</summary>
    Task<string?> GetRecordJsonAsync(AccountScope scope, string instanceId, CancellationToken cancellationToken);

    Task<StoredInventory?> GetLatestInventoryAsync(AccountScope scope, string instanceId, CancellationToken cancellationToken);

    /// <summary>The instance's per-patch states by patch id; null when the instance is missing or out of scope.</summary>
    Task<IReadOnlyList<PatchStateRow>?> ListPatchStatesAsync(AccountScope scope, string instanceId, CancellationToken cancellationToken);

    /// <summary>The instance's latest history entries, newest first; empty when missing or out of scope.</summary>
    Task<IReadOnlyList<ComplianceHistoryEntry>> ListHistoryAsync(AccountScope scope, string instanceId, int limit, CancellationToken cancellationToken);

    /// <summary>Per-patch rows of active instances across the scope, keyset-paged for streaming exports.</summary>
    Task<ComplianceItemPage> ListItemsAsync(AccountScope scope, ComplianceItemQuery query, CancellationToken cancellationToken);

    // Which instances to re-evaluate in the background when something they depend on changed. Active instances
    // that have an inventory only; ids in ascending order.

    /// <summary>Instances last evaluated against this baseline (it was edited).</summary>
    Task<IReadOnlyList<string>> ListInstancesEvaluatedWithAsync(string baselineId, CancellationToken cancellationToken);

    /// <summary>Instances of this OS family in this patch group (its registration was added, changed or removed).</summary>
    Task<IReadOnlyList<string>> ListInstancesInPatchGroupAsync(string patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken);

    /// <summary>Instances of this OS family whose patch group has no registration for it (the OS default changed).</summary>
    Task<IReadOnlyList<string>> ListInstancesOnDefaultBaselineAsync(OperatingSystemFamily operatingSystem, CancellationToken cancellationToken);

    /// <summary>Instances the exception covers (it was created, revoked or expired).</summary>
    Task<IReadOnlyList<string>> ListInstancesCoveredByAsync(StandingException exception, CancellationToken cancellationToken);
}
