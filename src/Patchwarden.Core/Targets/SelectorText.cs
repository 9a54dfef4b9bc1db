using System.Text;

namespace Patchwarden.Core.Targets;

/// <summary>The escaping rule of selector text: a backslash makes the next <c>\</c>, <c>,</c> or <c>=</c> literal.</summary>
/// <remarks>Tag keys and values may hold commas and equals signs, which otherwise separate values and end a key.</remarks>
internal static class SelectorText
{
    private const string Escapable = "\\,=";

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Escapable) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (Escapable.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The position of the first <paramref name="target"/> not escaped by a backslash, or -1.</summary>
    public static int IndexOfUnescaped(ReadOnlySpan<char> text, char target)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits at unescaped commas and removes the escapes; null with <paramref name="error"/> set on a bad escape.</summary>
    public static List<string>? SplitList(ReadOnlySpan<char> text, out string? error)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 == text.Length || !Escapable.Contains(text[i + 1], StringComparison.Ordinal))
                {
                    error = i + 1 == text.Length
                        ? "ends with a lone backslash"
                        : $"has an unknown escape '\\{text[i + 1]}': only \\\\, \\, and \\= are escapes";
                    return null;
                }

                current.Append(text[++i]);
            }
            else if (c == ',')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        error = null;
        return parts;
    }

    /// <summary>Removes the escapes from one value; a comma inside it is kept as it is.</summary>
    public static string? Unescape(ReadOnlySpan<char> text, out string? error)
    {
        var parts = SplitList(text, out error);
        return parts is null ? null : string.Join(',', parts);
    }

    public static string JoinList(IEnumerable<string> values) => string.Join(',', values.Select(Escape));
}
