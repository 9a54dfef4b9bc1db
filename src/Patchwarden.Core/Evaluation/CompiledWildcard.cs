using Patchwarden.Core.Baselines;

namespace Patchwarden.Core.Evaluation;

/// <summary>A <c>*</c> pattern analysed once, so that matching it against many texts needs no allocation and no regular expression.</summary>
/// <remarks>
/// Baseline values and list entries have at most one <c>*</c> (validation sees to that): they match as exact, prefix,
/// suffix or prefix-and-suffix comparisons on spans. Patterns with more stars (standing exceptions may have them) fall
/// back to <see cref="WildcardPattern"/>. Matching ignores case (ordinal), like every comparison in the proven model.
/// </remarks>
internal sealed class CompiledWildcard
{
    private readonly string pattern;
    private readonly string prefix;
    private readonly string suffix;
    private readonly Shape shape;

    private CompiledWildcard(string pattern)
    {
        this.pattern = pattern;
        var first = pattern.IndexOf('*', StringComparison.Ordinal);
        var last = pattern.LastIndexOf('*');
        if (first < 0)
        {
            shape = Shape.Exact;
            prefix = pattern;
            suffix = "";
        }
        else if (first != last)
        {
            shape = pattern.AsSpan().ContainsAnyExcept('*') ? Shape.Several : Shape.Anything;
            prefix = suffix = "";
        }
        else
        {
            prefix = pattern[..first];
            suffix = pattern[(first + 1)..];
            shape = (prefix.Length, suffix.Length) switch
            {
                (0, 0) => Shape.Anything,
                (_, 0) => Shape.Prefix,
                (0, _) => Shape.Suffix,
                _ => Shape.PrefixAndSuffix,
            };
        }
    }

    private enum Shape
    {
        Exact,
        Anything,
        Prefix,
        Suffix,
        PrefixAndSuffix,
        Several,
    }

    public string Pattern => pattern;

    /// <summary>The pattern has no <c>*</c>.</summary>
    public bool IsExact => shape == Shape.Exact;

    /// <summary>The pattern matches every text (<c>*</c>).</summary>
    public bool MatchesEverything => shape == Shape.Anything;

    /// <summary>The literal text before the first <c>*</c> (the whole pattern when there is none).</summary>
    public string LiteralPrefix => shape == Shape.Several ? pattern[..pattern.IndexOf('*', StringComparison.Ordinal)] : prefix;

    public static CompiledWildcard Compile(string pattern) => new(pattern.Trim());

    public bool Matches(ReadOnlySpan<char> text) => shape switch
    {
        Shape.Exact => text.Equals(prefix, StringComparison.OrdinalIgnoreCase),
        Shape.Anything => true,
        Shape.Prefix => text.Length >= prefix.Length && SameLetter(text[prefix.Length - 1], prefix[^1])
            && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase),
        Shape.Suffix => text.Length >= suffix.Length && SameLetter(text[^suffix.Length], suffix[0])
            && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase),
        Shape.PrefixAndSuffix => text.Length >= prefix.Length + suffix.Length && SameLetter(text[prefix.Length - 1], prefix[^1])
            && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase),
        _ => WildcardPattern.Matches(pattern, text.ToString()),
    };

    public override string ToString() => pattern;

    // A one-character pre-check at the far end of the literal part: most texts fail there, before a full comparison.
    // ASCII letters compare ignoring case; anything else must be equal or is left to the full comparison.
    private static bool SameLetter(char a, char b) =>
        a == b || !char.IsAscii(a) || !char.IsAscii(b) || (char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20));
}
