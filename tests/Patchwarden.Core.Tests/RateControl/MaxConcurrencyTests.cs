using Patchwarden.Core.RateControl;

namespace Patchwarden.Core.Tests.RateControl;

public sealed class MaxConcurrencyTests
{
    // Percentages round down, never below one target; numbers are taken as they are.
    [Theory]
    [InlineData("10%", 1, 1)]
    [InlineData("10%", 3, 1)]
    [InlineData("10%", 7, 1)]
    [InlineData("10%", 10, 1)]
    [InlineData("10%", 99, 9)]
    [InlineData("10%", 100, 10)]
    [InlineData("10%", 101, 10)]
    [InlineData("33%", 3, 1)]
    [InlineData("33%", 7, 2)]
    [InlineData("33%", 10, 3)]
    [InlineData("33%", 99, 32)]
    [InlineData("33%", 100, 33)]
    [InlineData("33%", 101, 33)]
    [InlineData("50%", 1, 1)]
    [InlineData("50%", 3, 1)]
    [InlineData("50%", 7, 3)]
    [InlineData("50%", 99, 49)]
    [InlineData("50%", 101, 50)]
    [InlineData("1%", 99, 1)]
    [InlineData("1%", 101, 1)]
    [InlineData("100%", 1, 1)]
    [InlineData("100%", 7, 7)]
    [InlineData("100%", 101, 101)]
    [InlineData("10%", 0, 1)]
    [InlineData("10", 3, 10)]
    [InlineData("10", 101, 10)]
    [InlineData("1", 100, 1)]
    public void Resolves_against_the_target_count(string text, int targets, int expected) =>
        Assert.Equal(expected, MaxConcurrency.Parse(text).Value.Resolve(targets));

    [Fact]
    public void A_percentage_of_a_huge_fleet_does_not_overflow() =>
        Assert.Equal(int.MaxValue / 2, MaxConcurrency.Percent(50).Resolve(int.MaxValue));

    [Fact]
    public void Factories_refuse_values_the_grammar_cannot_express()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxConcurrency.Count(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxConcurrency.Count(10_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxConcurrency.Percent(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxConcurrency.Percent(101));
        Assert.Equal("9999999", MaxConcurrency.Count(9_999_999).ToString());
    }
}
