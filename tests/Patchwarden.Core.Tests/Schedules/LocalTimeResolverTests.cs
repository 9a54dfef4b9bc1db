using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

public sealed class LocalTimeResolverTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2024-07-01T12:00:00", "2024-07-01T12:00:00-04:00")]
    [InlineData("2024-01-01T12:00:00", "2024-01-01T12:00:00-05:00")]
    [InlineData("2024-03-10T01:59:59", "2024-03-10T01:59:59-05:00")]
    [InlineData("2024-03-10T02:00:00", "2024-03-10T03:00:00-04:00")]
    [InlineData("2024-03-10T02:59:59", "2024-03-10T03:00:00-04:00")]
    [InlineData("2024-03-10T03:00:00", "2024-03-10T03:00:00-04:00")]
    [InlineData("2024-11-03T00:59:59", "2024-11-03T00:59:59-04:00")]
    [InlineData("2024-11-03T01:00:00", "2024-11-03T01:00:00-04:00")]
    [InlineData("2024-11-03T01:59:59", "2024-11-03T01:59:59-04:00")]
    [InlineData("2024-11-03T02:00:00", "2024-11-03T02:00:00-05:00")]
    public void Wall_clock_times_map_to_instants_with_the_gap_and_overlap_rules(string wallTime, string expected)
    {
        var instant = LocalTimeResolver.Resolve(DateTime.Parse(wallTime, System.Globalization.CultureInfo.InvariantCulture), NewYork);

        Assert.Equal(expected, instant.ToString(Occurrences.IsoFormat, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Occurrences.Instant(expected), instant);
    }

    [Fact]
    public void The_kind_of_the_wall_time_is_ignored()
    {
        var unspecified = new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(LocalTimeResolver.Resolve(unspecified, NewYork), LocalTimeResolver.Resolve(DateTime.SpecifyKind(unspecified, DateTimeKind.Utc), NewYork));
    }
}
