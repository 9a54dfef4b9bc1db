using Patchwarden.Core.Patches;
using Patchwarden.Store.Baselines;

namespace Patchwarden.Server.PatchGroups;

/// <summary>A patch group and the baseline it selects for each OS family (OS families not listed use their default).</summary>
public sealed record PatchGroupResponse(string Name, IReadOnlyDictionary<string, string> Baselines)
{
    /// <summary>One response per group, by name, from the store's registrations.</summary>
    public static IReadOnlyList<PatchGroupResponse> From(IEnumerable<PatchGroupRegistration> registrations) =>
        [.. registrations
            .GroupBy(r => r.PatchGroup, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new PatchGroupResponse(
                group.Key,
                new SortedDictionary<string, string>(
                    group.ToDictionary(r => r.OperatingSystem.ToWireName(), r => r.BaselineId, StringComparer.Ordinal), StringComparer.Ordinal)))];
}
