namespace Patchwarden.Store.Compliance;

/// <summary>An instance's latest inventory, with the execution that delivered it (needed to re-evaluate safely).</summary>
public sealed record StoredInventory
{
    public required string InstanceId { get; init; }

    public required string ExecutionId { get; init; }

    public required DateTimeOffset CapturedAt { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required InventoryDocument Document { get; init; }
}
