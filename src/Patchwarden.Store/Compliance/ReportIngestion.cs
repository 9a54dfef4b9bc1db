namespace Patchwarden.Store.Compliance;

/// <summary>A scan or install report to ingest: the inventory it carried and its evaluation, written together.</summary>
public sealed record ReportIngestion
{
    /// <summary>The agent's idempotency key: ingesting the same id for the same instance again changes nothing.</summary>
    public required string ExecutionId { get; init; }

    public required ComplianceOperation Operation { get; init; }

    /// <summary>When the report was received; becomes last-scan (and moves last-seen forward).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the agent captured the inventory.</summary>
    public required DateTimeOffset CapturedAt { get; init; }

    public required InventoryDocument Inventory { get; init; }

    public required ComplianceEvaluation Evaluation { get; init; }
}
