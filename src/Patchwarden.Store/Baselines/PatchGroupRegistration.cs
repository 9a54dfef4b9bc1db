using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Baselines;

/// <summary>A patch group registered with a baseline for one OS family (a group has at most one baseline per OS).</summary>
public sealed record PatchGroupRegistration
{
    public required string PatchGroup { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public required string BaselineId { get; init; }
}
