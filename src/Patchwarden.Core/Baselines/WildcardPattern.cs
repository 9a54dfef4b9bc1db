namespace Patchwarden.Core.Baselines;

/// <summary>Case-insensitive matching of patterns where <c>*</c> stands for any run of characters (filter values, list entries, exception patterns).</summary>
public static class WildcardPattern
{
    public static bool Matches(string pattern, string text)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(pattern, text, StringComparison.OrdinalIgnoreCase);
        }

        var prefix = pattern.AsSpan(0, star);
        if (!text.AsSpan().StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Each literal piece between stars must appear in order (taking the leftmost match never loses one); the last must end the text.
        var rest = text.AsSpan(star);
        var pieces = pattern[(star + 1)..].Split('*');
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i].AsSpan();
            if (i == pieces.Length - 1)
            {
                return rest.EndsWith(piece, StringComparison.OrdinalIgnoreCase);
            }

            var at = rest.IndexOf(piece, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + piece.Length)..];
        }

        return true;
    }
}
