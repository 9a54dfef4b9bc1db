using Patchwarden.Server.Hosting;

namespace Patchwarden.Server.Tests.Hosting;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("30m", 30)]
    [InlineData("24h", 24 * 60)]
    [InlineData("90d", 90 * 24 * 60)]
    [InlineData("1H", 60)]
    public void Durations_are_a_number_and_a_unit(string text, int minutes)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("24")]
    [InlineData("0h")]
    [InlineData("-5m")]
    [InlineData("1.5h")]
    [InlineData("5y")]
    [InlineData(" 5h")]
    [InlineData("99999999999d")]
    public void Anything_else_is_refused(string? text) => Assert.False(DurationText.TryParse(text, out _));
}
