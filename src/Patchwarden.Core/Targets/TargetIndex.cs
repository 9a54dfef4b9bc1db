using System.Collections.Frozen;

namespace Patchwarden.Core.Targets;

/// <summary>A fleet indexed by id, account and tag, so that target sets resolve without scanning every instance.</summary>
/// <remarks>
/// Build it once from the instances known when an execution starts, then resolve each task's targets against it.
/// Resolution takes the selector with the fewest candidates from the index and checks only those candidates
/// against the whole set, so a narrow selector over 100,000 instances costs about as much as its matches.
/// </remarks>
public sealed class TargetIndex
{
    private readonly IReadOnlyList<TargetInstance> _instances;
    private readonly FrozenDictionary<string, int> _byId;
    private readonly FrozenDictionary<string, int[]> _byAccount;
    private readonly FrozenDictionary<string, int[]> _byTagKey;
    private readonly FrozenDictionary<string, FrozenDictionary<string, int[]>> _byTag;

    private TargetIndex(IReadOnlyList<TargetInstance> instances)
    {
        _instances = instances;
        var byId = new Dictionary<string, int>(instances.Count, StringComparer.Ordinal);
        var byAccount = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byTag = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var i = 0; i < instances.Count; i++)
        {
            var instance = instances[i];
            ArgumentNullException.ThrowIfNull(instance, nameof(instances));
            if (!byId.TryAdd(instance.Id, i))
            {
                throw new ArgumentException($"Instance {instance.Id} appears twice.", nameof(instances));
            }

            Add(byAccount, instance.Account, i);
            foreach (var (key, value) in instance.Tags)
            {
                if (!byTag.TryGetValue(key, out var values))
                {
                    byTag.Add(key, values = new Dictionary<string, List<int>>(StringComparer.Ordinal));
                }

                Add(values, value, i);
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byAccount = Freeze(byAccount);
        _byTag = byTag.ToFrozenDictionary(pair => pair.Key, pair => Freeze(pair.Value), StringComparer.Ordinal);

        // Indices were added in ascending order per value; a key's values are disjoint, so one sort merges them.
        _byTagKey = byTag.ToFrozenDictionary(
            pair => pair.Key,
            pair =>
            {
                var merged = pair.Value.Values.SelectMany(list => list).ToArray();
                Array.Sort(merged);
                return merged;
            },
            StringComparer.Ordinal);
    }

    public int Count => _instances.Count;

    /// <summary>Indexes <paramref name="instances"/>; their ids must be distinct.</summary>
    public static TargetIndex Build(IReadOnlyList<TargetInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        return new TargetIndex(instances);
    }

    /// <summary>The instances that match every selector of <paramref name="targets"/>, in the order they were indexed.</summary>
    public IReadOnlyList<TargetInstance> Resolve(TargetSet targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        int[]? narrowest = null;
        foreach (var selector in targets.Selectors)
        {
            if (Candidates(selector) is { } candidates && (narrowest is null || candidates.Length < narrowest.Length))
            {
                narrowest = candidates;
            }
        }

        var result = new List<TargetInstance>(narrowest?.Length ?? _instances.Count);
        if (narrowest is null)
        {
            foreach (var instance in _instances)
            {
                if (targets.Matches(instance))
                {
                    result.Add(instance);
                }
            }
        }
        else
        {
            foreach (var index in narrowest)
            {
                if (targets.Matches(_instances[index]))
                {
                    result.Add(_instances[index]);
                }
            }
        }

        return result;
    }

    /// <summary>Ascending indices of the instances that may match <paramref name="selector"/>, or null for "any instance".</summary>
    private int[]? Candidates(TargetSelector selector) => selector switch
    {
        InstanceIdSelector ids => Union(ids.Ids.Select(id => _byId.TryGetValue(id, out var i) ? [i] : Array.Empty<int>())),
        TagSelector tag => _byTag.TryGetValue(tag.Key, out var values)
            ? Union(tag.Values.Select(value => values.GetValueOrDefault(value, []))) : [],
        TagKeySelector keys => Union(keys.Keys.Select(key => _byTagKey.GetValueOrDefault(key, []))),
        PatchGroupSelector groups => _byTag.TryGetValue(TargetInstance.PatchGroupTag, out var values)
            ? Union(groups.Groups.Select(group => values.GetValueOrDefault(group, []))) : [],
        AccountSelector accounts => Union(accounts.Accounts.Select(account => _byAccount.GetValueOrDefault(account, []))),
        _ => null, // Every instance is a candidate: correct for AllInstancesSelector and safe for any future kind.
    };

    private static int[] Union(IEnumerable<int[]> lists)
    {
        int[]? single = null;
        List<int>? merged = null;
        foreach (var list in lists)
        {
            if (list.Length == 0)
            {
                continue;
            }

            if (single is null)
            {
                single = list;
                continue;
            }

            merged ??= [.. single];
            merged.AddRange(list);
        }

        if (merged is null)
        {
            return single ?? [];
        }

        // Values listed twice, or instances carrying two of the listed tag keys, appear twice.
        var result = merged.ToArray();
        Array.Sort(result);
        var distinct = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (i == 0 || result[i] != result[i - 1])
            {
                result[distinct++] = result[i];
            }
        }

        return result[..distinct];
    }

    private static void Add(Dictionary<string, List<int>> lists, string key, int index)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists.Add(key, list = []);
        }

        list.Add(index);
    }

    private static FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> lists) =>
        lists.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
