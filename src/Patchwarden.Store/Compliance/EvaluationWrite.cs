namespace Patchwarden.Store.Compliance;

/// <summary>Everything an ingestion or re-evaluation writes once the instance is locked and the report known to be new.</summary>
internal sealed record EvaluationWrite
{
    public required string Account { get; init; }

    public required SummaryColumns Summary { get; init; }

    public required string RecordJson { get; init; }

    public required IReadOnlyList<PatchStateRow> PatchStates { get; init; }

    /// <summary>The report's inventory; null for a re-evaluation.</summary>
    public InventoryWrite? Inventory { get; init; }

    /// <summary>Changes to the account's missing-patch counters, in patch-id order.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> MissingDeltas { get; init; }
}

/// <summary>The inventory row of a report.</summary>
internal sealed record InventoryWrite(string InstanceId, string ExecutionId, long CapturedAt, long ReceivedAt, byte[] DocumentGz);
