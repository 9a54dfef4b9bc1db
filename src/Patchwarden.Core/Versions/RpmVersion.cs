namespace Patchwarden.Core.Versions;

/// <summary>Orders RPM versions (<c>[epoch:]version[-release]</c>) exactly as rpm and dnf do.</summary>
/// <remarks>
/// Epoch, version and release are compared in turn with a port of rpm's <c>rpmvercmp</c> (rpmio/rpmvercmp.c, with
/// the caret support of rpm 4.15): separators only split segments, numeric segments compare as numbers and beat
/// alphabetic ones, <c>~</c> sorts before everything (pre-releases: <c>1.0~rc1</c> &lt; <c>1.0</c>) and <c>^</c> sorts
/// after the end of the version but before any further segment (snapshots: <c>1.0</c> &lt; <c>1.0^git1</c> &lt; <c>1.0.1</c>).
/// A missing epoch is 0; when only one side has a release, releases are not compared (as in rpm's <c>rpmverCmp</c>).
/// </remarks>
public static class RpmVersion
{
    /// <summary>Orders EVR strings the way <see cref="Compare"/> does.</summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    /// <summary>Negative when <paramref name="left"/> is older than <paramref name="right"/>, zero when rpm sees them as equal, positive when newer.</summary>
    public static int Compare(string? left, string? right)
    {
        var a = (left ?? "").AsSpan().Trim();
        var b = (right ?? "").AsSpan().Trim();
        SplitEvr(a, out var epochA, out var versionA, out var releaseA, out var hasReleaseA);
        SplitEvr(b, out var epochB, out var versionB, out var releaseB, out var hasReleaseB);

        var result = CompareSegments(epochA.IsEmpty ? "0" : epochA, epochB.IsEmpty ? "0" : epochB);
        if (result == 0)
        {
            result = CompareSegments(versionA, versionB);
        }

        if (result == 0 && hasReleaseA && hasReleaseB)
        {
            result = CompareSegments(releaseA, releaseB);
        }

        return result;
    }

    /// <summary>rpm's <c>rpmvercmp</c> on one field (an epoch, a version or a release).</summary>
    public static int CompareSegments(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 0;
        }

        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while (i < a.Length && !IsSegmentChar(a[i]))
            {
                i++;
            }

            while (j < b.Length && !IsSegmentChar(b[j]))
            {
                j++;
            }

            // Tilde sorts before everything else, even the end of the string.
            if (At(a, i) == '~' || At(b, j) == '~')
            {
                if (At(a, i) != '~')
                {
                    return 1;
                }

                if (At(b, j) != '~')
                {
                    return -1;
                }

                i++;
                j++;
                continue;
            }

            // Caret is like tilde, except that the end of a version (the base version) sorts before it.
            if (At(a, i) == '^' || At(b, j) == '^')
            {
                if (i >= a.Length)
                {
                    return -1;
                }

                if (j >= b.Length)
                {
                    return 1;
                }

                if (At(a, i) != '^')
                {
                    return 1;
                }

                if (At(b, j) != '^')
                {
                    return -1;
                }

                i++;
                j++;
                continue;
            }

            if (i >= a.Length || j >= b.Length)
            {
                break;
            }

            // Take the next all-digit or all-letter segment of each side; the type is set by the left side.
            var numeric = char.IsAsciiDigit(a[i]);
            var endA = i;
            var endB = j;
            if (numeric)
            {
                while (endA < a.Length && char.IsAsciiDigit(a[endA]))
                {
                    endA++;
                }

                while (endB < b.Length && char.IsAsciiDigit(b[endB]))
                {
                    endB++;
                }
            }
            else
            {
                while (endA < a.Length && char.IsAsciiLetter(a[endA]))
                {
                    endA++;
                }

                while (endB < b.Length && char.IsAsciiLetter(b[endB]))
                {
                    endB++;
                }
            }

            // Segments of different types: a number is newer than letters.
            if (endB == j)
            {
                return numeric ? 1 : -1;
            }

            var segmentA = a[i..endA];
            var segmentB = b[j..endB];
            if (numeric)
            {
                segmentA = segmentA.TrimStart('0');
                segmentB = segmentB.TrimStart('0');
                if (segmentA.Length != segmentB.Length)
                {
                    return segmentA.Length > segmentB.Length ? 1 : -1;
                }
            }

            var byText = segmentA.SequenceCompareTo(segmentB);
            if (byText != 0)
            {
                return byText < 0 ? -1 : 1;
            }

            i = endA;
            j = endB;
        }

        // Every segment compared equal; whichever side has characters left is newer (separators alone do not count).
        if (i >= a.Length && j >= b.Length)
        {
            return 0;
        }

        return i >= a.Length ? -1 : 1;
    }

    private static void SplitEvr(ReadOnlySpan<char> evr, out ReadOnlySpan<char> epoch, out ReadOnlySpan<char> version, out ReadOnlySpan<char> release, out bool hasRelease)
    {
        epoch = ReadOnlySpan<char>.Empty;
        var colon = evr.IndexOf(':');
        if (colon >= 0)
        {
            epoch = evr[..colon];
            evr = evr[(colon + 1)..];
        }

        var hyphen = evr.LastIndexOf('-');
        hasRelease = hyphen >= 0;
        version = hasRelease ? evr[..hyphen] : evr;
        release = hasRelease ? evr[(hyphen + 1)..] : ReadOnlySpan<char>.Empty;
    }

    private static bool IsSegmentChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '~' || c == '^';

    private static char At(ReadOnlySpan<char> text, int index) => index < text.Length ? text[index] : '\0';
}
