using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>Daylight saving time is handled on purpose: a skipped wall-clock time runs once when the clocks resume,
/// a repeated one runs once at its first (earlier) occurrence, and no run is ever duplicated or out of order.</summary>
public sealed class ScheduleDstTests
{
    [Theory]
    // New York springs forward 2024-03-10 02:00 EST -> 03:00 EDT: 02:30 does not exist that night.
    [InlineData("cron(30 2 * * ? *)", "America/New_York", "2024-03-09T00:00:00Z",
        "2024-03-09T02:30:00-05:00 2024-03-10T03:00:00-04:00 2024-03-11T02:30:00-04:00")]
    // Berlin springs forward 2024-03-31 02:00 CET -> 03:00 CEST.
    [InlineData("cron(30 2 ? * SUN *)", "Europe/Berlin", "2024-03-20T00:00:00Z",
        "2024-03-24T02:30:00+01:00 2024-03-31T03:00:00+02:00 2024-04-07T02:30:00+02:00")]
    // Lord Howe Island moves its clocks by half an hour: 02:00 -> 02:30 on 2024-10-06.
    [InlineData("cron(15 2 * * ? *)", "Australia/Lord_Howe", "2024-10-04T12:00:00Z",
        "2024-10-05T02:15:00+10:30 2024-10-06T02:30:00+11:00 2024-10-07T02:15:00+11:00")]
    public void A_time_skipped_by_spring_forward_runs_once_at_the_end_of_the_gap(string expression, string zone, string after, string expected)
    {
        Assert.Equal(Occurrences.List(expected), Occurrences.Next(expression, after, 3, zone));
    }

    [Theory]
    // New York falls back 2024-11-03 02:00 EDT -> 01:00 EST: 01:30 happens twice; the first one runs.
    [InlineData("cron(30 1 * * ? *)", "America/New_York", "2024-11-02T12:00:00Z",
        "2024-11-03T01:30:00-04:00 2024-11-04T01:30:00-05:00")]
    // Berlin falls back 2024-10-27 03:00 CEST -> 02:00 CET.
    [InlineData("cron(30 2 ? * SUN *)", "Europe/Berlin", "2024-10-20T12:00:00Z",
        "2024-10-27T02:30:00+02:00 2024-11-03T02:30:00+01:00")]
    public void A_time_repeated_by_fall_back_runs_once_at_its_first_occurrence(string expression, string zone, string after, string expected)
    {
        Assert.Equal(Occurrences.List(expected), Occurrences.Next(expression, after, 2, zone));
    }

    [Fact]
    public void Every_half_hour_across_spring_forward_skips_the_missing_hour_without_duplicates()
    {
        var runs = Occurrences.Next("cron(0/30 * * * ? *)", "2024-03-10T05:00:00Z", 5, "America/New_York");

        // 02:00 and 02:30 do not exist; both land on 03:00, which is itself a run: once.
        Assert.Equal(
            Occurrences.List("2024-03-10T00:30:00-05:00 2024-03-10T01:00:00-05:00 2024-03-10T01:30:00-05:00 2024-03-10T03:00:00-04:00 2024-03-10T03:30:00-04:00"),
            runs);
    }

    [Fact]
    public void Every_half_hour_across_fall_back_runs_the_repeated_hour_once()
    {
        var runs = Occurrences.Next("cron(0/30 * * * ? *)", "2024-11-03T04:00:00Z", 5, "America/New_York");

        // 01:00 and 01:30 run in EDT only; the clock's second pass through them (EST) is not run again.
        Assert.Equal(
            Occurrences.List("2024-11-03T00:30:00-04:00 2024-11-03T01:00:00-04:00 2024-11-03T01:30:00-04:00 2024-11-03T02:00:00-05:00 2024-11-03T02:30:00-05:00"),
            runs);
    }

    [Theory]
    [InlineData("America/New_York", "2024-03-10")]
    [InlineData("Europe/Berlin", "2024-03-31")]
    [InlineData("Australia/Sydney", "2024-10-06")]
    public void Every_half_hour_for_a_whole_year_is_strictly_increasing_and_never_duplicated(string zone, string springForward)
    {
        var schedule = Occurrences.Schedule("cron(0/30 * * * ? *)", zone);

        var runs = schedule.NextOccurrences(Occurrences.Instant("2024-01-01T00:00:00Z"), 366 * 48);

        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First:O} then {pair.Second:O}"));
        Assert.All(runs, run => Assert.Equal(schedule.TimeZone.GetUtcOffset(run), run.Offset));

        // Whole local days in between: 48 runs each, except the spring-forward day, which has no 02:00 or 02:30 of its own.
        var perDay = runs.GroupBy(run => DateOnly.FromDateTime(run.DateTime)).ToList();
        var wholeDays = perDay.Skip(1).SkipLast(1).ToList();
        var shortDay = Assert.Single(wholeDays, day => day.Count() != 48);
        Assert.Equal(DateOnly.Parse(springForward, System.Globalization.CultureInfo.InvariantCulture), shortDay.Key);
        Assert.Equal(46, shortDay.Count());
    }

    [Fact]
    public void Patch_Tuesday_plus_offset_landing_in_a_gap_runs_when_the_clocks_resume()
    {
        // The second Friday of March 2024 is the 8th; +2 days is Sunday the 10th, when 02:30 does not exist in New York.
        var runs = Occurrences.Next("cron(30 2 ? * FRI#2 *)", "2024-03-01T00:00:00Z", 2, "America/New_York", offset: 2);

        Assert.Equal(Occurrences.List("2024-03-10T03:00:00-04:00 2024-04-14T02:30:00-04:00"), runs);
    }

    [Fact]
    public void Runs_carry_the_offset_the_zone_has_at_that_instant()
    {
        var runs = Occurrences.Next("cron(0 12 1 * ? *)", "2024-01-15T00:00:00Z", 12, "Europe/Berlin");

        Assert.Equal(["+01:00", "+01:00", "+02:00", "+02:00", "+02:00", "+02:00", "+02:00", "+02:00", "+02:00", "+01:00", "+01:00", "+01:00"],
            runs.Select(r => r[^6..]));
        Assert.All(runs, r => Assert.Contains("T12:00:00", r, StringComparison.Ordinal));
    }
}
