using System.Collections.Frozen;

namespace Patchwarden.Core.Evaluation;

/// <summary>A small case-insensitive string-to-index table that answers "no" for most absent keys without hashing them.</summary>
/// <remarks>
/// A 256-bit signature of (length, middle character, last character) is checked first. Patch ids and names looked up
/// against a baseline's lists are almost always absent, and that check costs a few instructions where hashing a
/// string ignoring case costs tens of nanoseconds.
/// </remarks>
internal sealed class CaseInsensitiveLookup
{
    private readonly ulong[] signatures = new ulong[4];
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <param name="keys">Distinct ignoring case; a key's index is its position.</param>
    public CaseInsensitiveLookup(IReadOnlyList<string> keys)
    {
        var dictionary = keys.Select((key, index) => KeyValuePair.Create(key, index)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in keys)
        {
            var bit = Signature(key);
            signatures[bit >> 6] |= 1UL << (bit & 63);
        }

        Count = keys.Count;
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> key) => TryGetIndex(key, out _);

    public bool TryGetIndex(ReadOnlySpan<char> key, out int index)
    {
        var bit = Signature(key);
        if ((signatures[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            index = -1;
            return false;
        }

        return lookup.TryGetValue(key, out index);
    }

    // Characters fold as OrdinalIgnoreCase folds them (invariant upper case); surrogate halves, which it folds in pairs, all count alike.
    private static int Signature(ReadOnlySpan<char> key) =>
        key.IsEmpty ? 0 : (int)((uint)((key.Length * 31) + (Fold(key[key.Length / 2]) * 7) + Fold(key[^1])) & 255);

    private static int Fold(char c) => c switch
    {
        >= 'a' and <= 'z' => c - ('a' - 'A'),
        < (char)0x80 => c,
        _ when char.IsSurrogate(c) => 0,
        _ => char.ToUpperInvariant(c),
    };
}
