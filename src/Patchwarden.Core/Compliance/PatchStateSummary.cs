namespace Patchwarden.Core.Compliance;

/// <summary>How many patches are in each state (an extension to the sample's shape, like the proven model's instance patch state counts).</summary>
public sealed record PatchStateSummary
{
    public int InstalledCount { get; init; }

    public int InstalledOtherCount { get; init; }

    public int InstalledPendingRebootCount { get; init; }

    public int InstalledRejectedCount { get; init; }

    public int MissingCount { get; init; }

    public int FailedCount { get; init; }

    public int NotApplicableCount { get; init; }

    /// <summary>Missing or Failed patches covered by a standing exception; they are also counted in their state.</summary>
    public int ExceptedCount { get; init; }
}
