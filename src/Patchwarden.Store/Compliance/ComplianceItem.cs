using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Compliance;

/// <summary>One per-patch row across the fleet, with the instance facts an export needs.</summary>
public sealed record ComplianceItem
{
    public required string InstanceId { get; init; }

    public required string Account { get; init; }

    public required string InstanceName { get; init; }

    public string? PatchGroup { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public string? BaselineId { get; init; }

    public DateTimeOffset? EvaluatedAt { get; init; }

    public required PatchStateRow Patch { get; init; }
}
