namespace Patchwarden.Store.Compliance;

/// <summary>What <see cref="IComplianceStore.IngestReportAsync"/> did.</summary>
public enum IngestionStatus
{
    /// <summary>Committed: inventory, per-patch states, record, summary and history.</summary>
    Ingested,

    /// <summary>This execution id was ingested for this instance before; nothing changed.</summary>
    AlreadyIngested,

    InstanceNotFound,
}

/// <summary>What <see cref="IComplianceStore.ReevaluateAsync"/> did.</summary>
public enum ReevaluationStatus
{
    Applied,

    /// <summary>A newer report was ingested after the inventory was read; its evaluation stands.</summary>
    Superseded,

    InstanceNotFound,
}
