using System.Text.RegularExpressions;
using CsCheck;
using Patchwarden.Core.Baselines;

namespace Patchwarden.Core.Tests.Baselines;

public sealed class WildcardPatternTests
{
    [Theory]
    [InlineData("Security", "Security", true)]
    [InlineData("security", "SECURITY", true)]
    [InlineData("Security", "Securities", false)]
    [InlineData("*", "anything", true)]
    [InlineData("*", "", true)]
    [InlineData("Crit*", "Critical", true)]
    [InlineData("Crit*", "Crit", true)]
    [InlineData("Crit*", "Important", false)]
    [InlineData("*Updates", "SecurityUpdates", true)]
    [InlineData("*Updates", "SecurityUpdate", false)]
    [InlineData("Redhat*9.4", "RedhatEnterpriseLinux9.4", true)]
    [InlineData("a*a", "a", false)]
    [InlineData("a*a", "aa", true)]
    [InlineData("KB50*", "kb5034441", true)]
    [InlineData("*ssl*", "libssl3", true)]
    [InlineData("*ssl*", "libtls", false)]
    public void Star_matches_any_run_of_characters_ignoring_case(string pattern, string text, bool matches) =>
        Assert.Equal(matches, WildcardPattern.Matches(pattern, text));

    [Fact]
    public void Matching_agrees_with_an_anchored_regular_expression() =>
        Gen.Select(Gen.String[Gen.Char["aAb*"], 0, 6], Gen.String[Gen.Char["aAbB"], 0, 8]).Sample((pattern, text) =>
        {
            var regex = "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$";
            return WildcardPattern.Matches(pattern, text) == Regex.IsMatch(text, regex, RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        });
}
