using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Compliance;

/// <summary>How many patches carry each compliance severity.</summary>
public sealed record SeveritySummary
{
    public int CriticalCount { get; init; }

    public int HighCount { get; init; }

    public int MediumCount { get; init; }

    public int LowCount { get; init; }

    public int InformationalCount { get; init; }

    public int UnspecifiedCount { get; init; }

    /// <summary>How many compliance severities there are: the length of the counts <see cref="Of"/> takes.</summary>
    public const int Levels = (int)ComplianceSeverity.Critical + 1;

    /// <summary>The summary of <paramref name="counts"/>, indexed by <see cref="ComplianceSeverity"/>.</summary>
    public static SeveritySummary Of(ReadOnlySpan<int> counts)
    {
        if (counts.Length != Levels)
        {
            throw new ArgumentException($"expected {Levels} counts, one per compliance severity", nameof(counts));
        }

        return new SeveritySummary
        {
            CriticalCount = counts[(int)ComplianceSeverity.Critical],
            HighCount = counts[(int)ComplianceSeverity.High],
            MediumCount = counts[(int)ComplianceSeverity.Medium],
            LowCount = counts[(int)ComplianceSeverity.Low],
            InformationalCount = counts[(int)ComplianceSeverity.Informational],
            UnspecifiedCount = counts[(int)ComplianceSeverity.Unspecified],
        };
    }
}
