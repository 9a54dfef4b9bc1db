namespace Patchwarden.Core.Compliance;

/// <summary>The compliant patches of a record (excepted ones included) and their severities.</summary>
public sealed record CompliantSummary
{
    public required int CompliantCount { get; init; }

    public required SeveritySummary SeveritySummary { get; init; }
}
