namespace Patchwarden.Store.Compliance;

/// <summary>The seven per-state count columns that instance and history rows share, as Dapper reads them.</summary>
internal abstract class PatchStateCountColumns
{
    public int InstalledCount { get; set; }

    public int InstalledOtherCount { get; set; }

    public int InstalledPendingRebootCount { get; set; }

    public int InstalledRejectedCount { get; set; }

    public int MissingCount { get; set; }

    public int FailedCount { get; set; }

    public int NotApplicableCount { get; set; }

    public PatchStateCounts ToCounts() => new()
    {
        Installed = InstalledCount,
        InstalledOther = InstalledOtherCount,
        InstalledPendingReboot = InstalledPendingRebootCount,
        InstalledRejected = InstalledRejectedCount,
        Missing = MissingCount,
        Failed = FailedCount,
        NotApplicable = NotApplicableCount,
    };
}
