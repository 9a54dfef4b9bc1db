using CsCheck;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Evaluation;

namespace Patchwarden.Core.Tests.Evaluation;

/// <summary>The precompiled matchers must agree with the plain definitions they speed up.</summary>
public sealed class MatcherTests
{
    // Letters whose case folding is easy to get wrong: dotless i, dotted capital I, the Kelvin sign, sharp s.
    private const string Alphabet = "aAbBiI-.*ıİKkß";

    [Fact]
    public void A_compiled_wildcard_matches_exactly_what_WildcardPattern_matches() =>
        Gen.Select(Gen.String[Gen.Char[Alphabet], 0, 6], Gen.String[Gen.Char[Alphabet.Replace("*", "", StringComparison.Ordinal)], 0, 8]).Sample(
            (pattern, text) => CompiledWildcard.Compile(pattern).Matches(text) == WildcardPattern.Matches(pattern.Trim(), text),
            iter: 20_000);

    [Theory]
    [InlineData("openssl*", "OpenSSL-libs", true)]
    [InlineData("*-devel", "kernel-DEVEL", true)]
    [InlineData("kernel-*.x86_64", "kernel-5.14.0.x86_64", true)]
    [InlineData("kernel-*.x86_64", "kernel.x86_64", false)]
    [InlineData("a*a", "a", false)]
    [InlineData("*", "", true)]
    [InlineData("**", "x", true)]
    [InlineData("k*", "\u212Aelvin", false)]
    public void A_compiled_wildcard_matches_prefix_suffix_and_infix_ignoring_case(string pattern, string text, bool matches) =>
        Assert.Equal(matches, CompiledWildcard.Compile(pattern).Matches(text));

    [Fact]
    public void The_signature_lookup_finds_exactly_the_keys_equal_ignoring_case() =>
        Gen.Select(Gen.String[Gen.Char[Alphabet], 1, 5].Array[0, 12], Gen.String[Gen.Char[Alphabet], 0, 5]).Sample(
            (keys, probe) =>
            {
                var distinct = keys.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                var lookup = new CaseInsensitiveLookup(distinct);
                var expected = Array.FindIndex(distinct, k => string.Equals(k, probe, StringComparison.OrdinalIgnoreCase));
                return lookup.TryGetIndex(probe, out var index) ? index == expected : expected < 0;
            },
            iter: 5_000);
}
