using System.Collections.Frozen;
using Patchwarden.Core.Baselines;

namespace Patchwarden.Core.Evaluation;

/// <summary>One baseline filter ready to test many patches: exact values in a case-insensitive set, wildcards analysed once.</summary>
/// <remarks>
/// A package with no value for the key (an RPM outside any advisory has no classification or severity; apt packages
/// have no classification) matches only <c>*</c> and the proven model's names for "no value": <c>None</c>
/// (Amazon Linux 2023 severities) and <c>Unspecified</c> (MSRC severities). A wildcard such as <c>Sec*</c> never
/// matches a missing value.
/// </remarks>
internal sealed class CompiledFilter
{
    private static readonly FrozenSet<string> NoValueNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "None", "Unspecified");

    // Up to this many exact values are compared one by one (length first), which beats hashing the patch's value.
    private const int LinearScanLimit = 8;

    private readonly string[] exactValues;
    private readonly FrozenSet<string>? exactSet;
    private readonly CompiledWildcard[] wildcards;

    private CompiledFilter(PatchFilterKey key, IReadOnlyList<string> values, int id)
    {
        Key = key;
        Id = id;
        var compiled = values.Select(CompiledWildcard.Compile).ToArray();
        MatchesEverything = compiled.Any(w => w.MatchesEverything);
        MatchesMissing = MatchesEverything || compiled.Any(w => w.IsExact && NoValueNames.Contains(w.Pattern));
        exactValues = [.. compiled.Where(w => w.IsExact).Select(w => w.Pattern).Distinct(StringComparer.OrdinalIgnoreCase)];
        exactSet = exactValues.Length > LinearScanLimit ? exactValues.ToFrozenSet(StringComparer.OrdinalIgnoreCase) : null;
        wildcards = [.. compiled.Where(w => !w.IsExact)];
    }

    public PatchFilterKey Key { get; }

    /// <summary>The filter's slot in a <see cref="FilterMemo"/>; -1 when it has none (more distinct filters than the memo holds).</summary>
    public int Id { get; }

    /// <summary>One of the values is <c>*</c>: the filter lets every package through, with or without a value.</summary>
    public bool MatchesEverything { get; }

    public bool MatchesMissing { get; }

    /// <summary>Compiles <paramref name="filter"/>, or returns the equal filter (same key and values, ignoring case and order) compiled before.</summary>
    public static CompiledFilter Compile(PatchFilter filter, Dictionary<string, CompiledFilter> compiled)
    {
        var values = filter.Values ?? [];
        var identity = $"{filter.Key}={string.Join('\n', values.Select(v => v.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal))}";
        if (!compiled.TryGetValue(identity, out var existing))
        {
            existing = new CompiledFilter(filter.Key, values, compiled.Count < FilterMemo.Capacity ? compiled.Count : -1);
            compiled.Add(identity, existing);
        }

        return existing;
    }

    /// <summary>Tests the filter once per package: the result is kept in <paramref name="memo"/> for the other rules that share it.</summary>
    public bool Matches(in PackageFacts facts, ref FilterMemo memo)
    {
        if (Id < 0)
        {
            return Matches(facts);
        }

        if (memo.TryGet(Id, out var known))
        {
            return known;
        }

        var result = Matches(facts);
        memo.Set(Id, result);
        return result;
    }

    public bool Matches(in PackageFacts facts)
    {
        if (MatchesEverything)
        {
            return true;
        }

        var value = facts.ValueOf(Key);
        if (string.IsNullOrEmpty(value))
        {
            return MatchesMissing;
        }

        if (exactSet is not null)
        {
            if (exactSet.Contains(value))
            {
                return true;
            }
        }
        else
        {
            foreach (var exact in exactValues)
            {
                if (exact.Length == value.Length && string.Equals(exact, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        foreach (var wildcard in wildcards)
        {
            if (wildcard.Matches(value))
            {
                return true;
            }
        }

        return false;
    }
}
