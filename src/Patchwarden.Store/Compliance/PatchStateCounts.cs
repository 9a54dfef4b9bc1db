namespace Patchwarden.Store.Compliance;

/// <summary>How many patches of an instance are in each state after an evaluation.</summary>
public sealed record PatchStateCounts
{
    public static PatchStateCounts Zero { get; } = new();

    public int Installed { get; init; }

    public int InstalledOther { get; init; }

    public int InstalledPendingReboot { get; init; }

    public int InstalledRejected { get; init; }

    public int Missing { get; init; }

    public int Failed { get; init; }

    public int NotApplicable { get; init; }
}
