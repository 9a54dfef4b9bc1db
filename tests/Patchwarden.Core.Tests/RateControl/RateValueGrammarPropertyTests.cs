using System.Text.RegularExpressions;
using CsCheck;
using Patchwarden.Core.RateControl;

namespace Patchwarden.Core.Tests.RateControl;

/// <summary>The parsers accept exactly what the proven model's API patterns accept.</summary>
public sealed partial class RateValueGrammarPropertyTests
{
    private static readonly Gen<string> Texts = Gen.String[Gen.Char["0123456789%-+ ."], 0, 9];

    [Fact]
    public void MaxConcurrency_accepts_exactly_the_AWS_pattern() =>
        Texts.Sample(text =>
        {
            var parsed = MaxConcurrency.Parse(text);
            Assert.Equal(text.Length <= 7 && ConcurrencyPattern().IsMatch(text), parsed.IsSuccess);
            if (parsed.IsSuccess)
            {
                Assert.Equal(text, parsed.Value.ToString());
            }
        }, iter: 20_000);

    [Fact]
    public void MaxErrors_accepts_exactly_the_AWS_pattern() =>
        Texts.Sample(text =>
        {
            var parsed = MaxErrors.Parse(text);
            Assert.Equal(text.Length <= 7 && ErrorsPattern().IsMatch(text), parsed.IsSuccess);
            if (parsed.IsSuccess)
            {
                Assert.Equal(text, parsed.Value.ToString());
            }
        }, iter: 20_000);

    // The patterns of MaxConcurrency and MaxErrors in the AWS Systems Manager API (maintenance window tasks, associations).
    [GeneratedRegex("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$")]
    private static partial Regex ConcurrencyPattern();

    [GeneratedRegex("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$")]
    private static partial Regex ErrorsPattern();
}
