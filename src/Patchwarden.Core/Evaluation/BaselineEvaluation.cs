using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>An inventory evaluated against a baseline and the instance's standing exceptions at one instant.</summary>
public sealed record BaselineEvaluation
{
    public required string BaselineId { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    /// <summary>The instant approval delays and exception expiries were judged at.</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    public required DateTimeOffset InventoryCapturedAt { get; init; }

    /// <summary>The machine says it must reboot (independently of patches installed pending reboot).</summary>
    public bool RebootRequired { get; init; }

    /// <summary>
    /// One entry per patch id, in inventory order: approved updates first, then installed packages without one, then
    /// approved-list entries that name nothing on the machine. Updates that no rule or list approves are not listed.
    /// </summary>
    public required IReadOnlyList<PatchEvaluation> Patches { get; init; }
}
