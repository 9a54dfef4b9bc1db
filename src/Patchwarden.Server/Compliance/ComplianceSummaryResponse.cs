using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Store.Fleet;

namespace Patchwarden.Server.Compliance;

/// <summary>The fleet at a glance over the caller's accounts: active instances by compliance status, per slice, and the most-missed patches.</summary>
public sealed record ComplianceSummaryResponse
{
    /// <summary>Every active instance in scope by status (the counts by status).</summary>
    public required StatusCounts Totals { get; init; }

    public required IReadOnlyDictionary<string, StatusCounts> ByAccount { get; init; }

    /// <summary>Instances without a patch group are under the empty key.</summary>
    public required IReadOnlyDictionary<string, StatusCounts> ByPatchGroup { get; init; }

    /// <summary>Keyed by OS family wire name (<c>DEBIAN</c>, <c>WINDOWS</c>, ...).</summary>
    public required IReadOnlyDictionary<string, StatusCounts> ByOperatingSystem { get; init; }

    /// <summary>Non-compliant instances by overall severity; every severity is present, most severe first.</summary>
    public required IReadOnlyDictionary<string, int> NonCompliantBySeverity { get; init; }

    public required IReadOnlyList<MissingPatchResponse> TopMissingPatches { get; init; }

    public static ComplianceSummaryResponse From(FleetSummary summary) => new()
    {
        Totals = StatusCounts.From(summary.Totals),
        ByAccount = Slices(summary.ByAccount, key => key),
        ByPatchGroup = Slices(summary.ByPatchGroup, key => key),
        ByOperatingSystem = Slices(summary.ByOperatingSystem, key => key.ToWireName()),
        NonCompliantBySeverity = WireNames.All<ComplianceSeverity>().ToDictionary(
            name => name,
            name => WireNames.TryParse<ComplianceSeverity>(name, out var severity) ? summary.NonCompliantBySeverity.GetValueOrDefault(severity) : 0,
            StringComparer.Ordinal),
        TopMissingPatches = [.. summary.TopMissingPatches.Select(patch => new MissingPatchResponse(patch.PatchId, patch.Instances))],
    };

    // Sorted so that the document reads the same way every time.
    private static SortedDictionary<string, StatusCounts> Slices<TKey>(IReadOnlyDictionary<TKey, ComplianceCounts> slices, Func<TKey, string> name)
        where TKey : notnull =>
        new(slices.ToDictionary(slice => name(slice.Key), slice => StatusCounts.From(slice.Value), StringComparer.Ordinal), StringComparer.Ordinal);
}

/// <summary>Active instances in one slice of the fleet, by compliance status.</summary>
public sealed record StatusCounts(int Total, int Compliant, int NonCompliant, int NotScanned)
{
    public static StatusCounts From(ComplianceCounts counts) => new(counts.Total, counts.Compliant, counts.NonCompliant, counts.NotScanned);
}

/// <summary>A patch and how many active instances in scope miss it.</summary>
public sealed record MissingPatchResponse(string PatchId, int Instances);
