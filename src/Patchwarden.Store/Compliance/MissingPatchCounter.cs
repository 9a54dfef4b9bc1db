using Patchwarden.Core.Patches;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Compliance;

/// <summary>
/// Keeps <c>missing_patch_counts</c> right: a patch counts as missing on an active instance when its state is
/// Missing or Failed and no exception covers it. Every write that changes that applies the difference.
/// </summary>
internal static class MissingPatchCounter
{
    public static bool CountsAsMissing(PatchState state, string? exceptionId) =>
        state is PatchState.Missing or PatchState.Failed && exceptionId is null;

    public static async Task<IReadOnlyList<string>> LoadAsync(DbSession session, string instanceId) =>
        await session.QueryAsync<string>(ComplianceSql.SelectMissing, new { InstanceId = instanceId });

    /// <summary>+1 for patches only in <paramref name="after"/>, -1 for those only in <paramref name="before"/>, in patch-id order.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Difference(IEnumerable<string> before, IEnumerable<string> after)
    {
        var deltas = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var patchId in before)
        {
            deltas[patchId] = -1;
        }

        foreach (var patchId in after)
        {
            deltas[patchId] = deltas.GetValueOrDefault(patchId) + 1;
        }

        return deltas.Where(d => d.Value != 0).ToList();
    }
}
