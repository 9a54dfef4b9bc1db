namespace Patchwarden.Server.Compliance;

/// <summary>What compliance ingestion keeps (configuration section <c>Compliance</c>).</summary>
public sealed record ComplianceOptions
{
    public const string SectionName = "Compliance";

    /// <summary>
    /// Also keep a per-patch row for every installed package the baseline does not approve (<c>InstalledOther</c>).
    /// Off by default: a typical machine has 1,500 of them, which would multiply every report's writes while the
    /// record and the instance's counts carry their number anyway.
    /// </summary>
    public bool StoreInstalledOther { get; init; }
}
