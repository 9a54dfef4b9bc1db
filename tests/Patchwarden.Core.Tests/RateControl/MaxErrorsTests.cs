using Patchwarden.Core.RateControl;

namespace Patchwarden.Core.Tests.RateControl;

public sealed class MaxErrorsTests
{
    // Percentages round down with no minimum: 10% of 7 targets tolerates no error at all.
    [Theory]
    [InlineData("10%", 1, 0)]
    [InlineData("10%", 3, 0)]
    [InlineData("10%", 7, 0)]
    [InlineData("10%", 10, 1)]
    [InlineData("10%", 50, 5)]
    [InlineData("10%", 99, 9)]
    [InlineData("10%", 100, 10)]
    [InlineData("10%", 101, 10)]
    [InlineData("50%", 1, 0)]
    [InlineData("50%", 3, 1)]
    [InlineData("50%", 7, 3)]
    [InlineData("50%", 99, 49)]
    [InlineData("100%", 7, 7)]
    [InlineData("100%", 101, 101)]
    [InlineData("0%", 101, 0)]
    [InlineData("0", 101, 0)]
    [InlineData("3", 1, 3)]
    [InlineData("3", 101, 3)]
    public void Resolves_against_the_target_count(string text, int targets, int expected) =>
        Assert.Equal(expected, MaxErrors.Parse(text).Value.Resolve(targets));

    [Fact]
    public void Factories_accept_zero_and_refuse_values_the_grammar_cannot_express()
    {
        Assert.Equal("0", MaxErrors.Count(0).ToString());
        Assert.Equal("0%", MaxErrors.Percent(0).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxErrors.Count(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxErrors.Count(10_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxErrors.Percent(101));
    }
}
