namespace Patchwarden.Store.Fleet;

/// <summary>Active instances in one slice of the fleet, by compliance status.</summary>
public sealed record ComplianceCounts
{
    public static ComplianceCounts Zero { get; } = new();

    public int Total => Compliant + NonCompliant + NotScanned;

    public int Compliant { get; init; }

    public int NonCompliant { get; init; }

    public int NotScanned { get; init; }
}
