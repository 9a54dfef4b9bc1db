namespace Patchwarden.Core.Compliance;

/// <summary>The non-compliant patches of a record and their severities.</summary>
public sealed record NonCompliantSummary
{
    public required int NonCompliantCount { get; init; }

    public required SeveritySummary SeveritySummary { get; init; }
}
