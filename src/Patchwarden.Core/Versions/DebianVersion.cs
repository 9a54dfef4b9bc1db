namespace Patchwarden.Core.Versions;

/// <summary>Orders Debian package versions (<c>[epoch:]upstream[-revision]</c>) exactly as dpkg does.</summary>
/// <remarks>
/// A port of dpkg's <c>verrevcmp</c> (lib/dpkg/version.c): epochs compare as numbers, then upstream version and
/// revision compare part by part, where letters sort before other symbols, <c>~</c> sorts before everything (even the
/// end of the string) and runs of digits compare as numbers. A missing epoch is 0 and a missing revision equals "0".
/// Malformed versions are not rejected: a non-numeric epoch is treated as part of the upstream version, so every pair
/// of strings has an order.
/// </remarks>
public static class DebianVersion
{
    /// <summary>Orders version strings the way <see cref="Compare"/> does.</summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    /// <summary>Negative when <paramref name="left"/> is older than <paramref name="right"/>, zero when dpkg sees them as equal, positive when newer.</summary>
    public static int Compare(string? left, string? right)
    {
        var a = Split(left ?? "");
        var b = Split(right ?? "");
        var byEpoch = CompareEpochs(a.Epoch, b.Epoch);
        if (byEpoch != 0)
        {
            return byEpoch;
        }

        var byUpstream = CompareParts(a.Upstream, b.Upstream);
        return byUpstream != 0 ? byUpstream : CompareParts(a.Revision, b.Revision);
    }

    private readonly ref struct Parts(ReadOnlySpan<char> epoch, ReadOnlySpan<char> upstream, ReadOnlySpan<char> revision)
    {
        public ReadOnlySpan<char> Epoch { get; } = epoch;

        public ReadOnlySpan<char> Upstream { get; } = upstream;

        public ReadOnlySpan<char> Revision { get; } = revision;
    }

    private static Parts Split(ReadOnlySpan<char> version)
    {
        version = version.Trim();
        var epoch = ReadOnlySpan<char>.Empty;
        var colon = version.IndexOf(':');
        if (colon > 0 && IsAllDigits(version[..colon]))
        {
            epoch = version[..colon];
            version = version[(colon + 1)..];
        }

        var hyphen = version.LastIndexOf('-');
        return hyphen >= 0
            ? new Parts(epoch, version[..hyphen], version[(hyphen + 1)..])
            : new Parts(epoch, version, ReadOnlySpan<char>.Empty);
    }

    private static int CompareEpochs(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        if (a.Length != b.Length)
        {
            // Longer digit strings without leading zeros are bigger numbers; no overflow whatever the length.
            return a.Length < b.Length ? -1 : 1;
        }

        return Math.Sign(a.SequenceCompareTo(b));
    }

    // dpkg's verrevcmp: alternate non-digit runs (compared by Order) and digit runs (compared as numbers).
    private static int CompareParts(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while ((i < a.Length && !char.IsAsciiDigit(a[i])) || (j < b.Length && !char.IsAsciiDigit(b[j])))
            {
                var ac = Order(a, i);
                var bc = Order(b, j);
                if (ac != bc)
                {
                    return Math.Sign(ac - bc);
                }

                i++;
                j++;
            }

            while (i < a.Length && a[i] == '0')
            {
                i++;
            }

            while (j < b.Length && b[j] == '0')
            {
                j++;
            }

            var firstDifference = 0;
            while (i < a.Length && j < b.Length && char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                if (firstDifference == 0)
                {
                    firstDifference = a[i] - b[j];
                }

                i++;
                j++;
            }

            if (i < a.Length && char.IsAsciiDigit(a[i]))
            {
                return 1;
            }

            if (j < b.Length && char.IsAsciiDigit(b[j]))
            {
                return -1;
            }

            if (firstDifference != 0)
            {
                return Math.Sign(firstDifference);
            }
        }

        return 0;
    }

    /// <summary>dpkg's <c>order</c>: end and digits 0, <c>~</c> -1, letters their code, other symbols after all letters.</summary>
    private static int Order(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return 0;
        }

        var c = text[index];
        return c switch
        {
            '~' => -1,
            _ when char.IsAsciiDigit(c) => 0,
            _ when char.IsAsciiLetter(c) => c,
            _ => c + 256,
        };
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
