namespace Patchwarden.Core.Tests.Schedules;

/// <summary>What each cron construct matches, checked against dates worked out by hand (and by Python's calendar) in UTC.</summary>
public sealed class CronOccurrenceTests
{
    [Theory]
    // Patch Tuesday: the second Tuesday of every month.
    [InlineData("cron(0 2 ? * TUE#2 *)", "2024-01-01T00:00:00Z", "2024-01-09T02:00:00+00:00 2024-02-13T02:00:00+00:00 2024-03-12T02:00:00+00:00")]
    [InlineData("cron(0 2 ? * 3#2 *)", "2024-01-01T00:00:00Z", "2024-01-09T02:00:00+00:00 2024-02-13T02:00:00+00:00 2024-03-12T02:00:00+00:00")]
    // A fifth Monday only in months that have one.
    [InlineData("cron(0 6 ? * MON#5 *)", "2024-01-01T00:00:00Z", "2024-01-29T06:00:00+00:00 2024-04-29T06:00:00+00:00 2024-07-29T06:00:00+00:00 2024-09-30T06:00:00+00:00 2024-12-30T06:00:00+00:00")]
    // nL: the last Friday of the month.
    [InlineData("cron(0 22 ? * 6L *)", "2024-01-01T00:00:00Z", "2024-01-26T22:00:00+00:00 2024-02-23T22:00:00+00:00 2024-03-29T22:00:00+00:00")]
    [InlineData("cron(0 22 ? * FRIL *)", "2024-01-01T00:00:00Z", "2024-01-26T22:00:00+00:00 2024-02-23T22:00:00+00:00 2024-03-29T22:00:00+00:00")]
    // L alone in day-of-week is the last day of the week: every Saturday.
    [InlineData("cron(0 4 ? * L *)", "2024-01-01T00:00:00Z", "2024-01-06T04:00:00+00:00 2024-01-13T04:00:00+00:00 2024-01-20T04:00:00+00:00")]
    // L in day-of-month: the last day, leap years included.
    [InlineData("cron(0 2 L * ? *)", "2024-01-01T00:00:00Z", "2024-01-31T02:00:00+00:00 2024-02-29T02:00:00+00:00 2024-03-31T02:00:00+00:00 2024-04-30T02:00:00+00:00")]
    // LW: the last weekday (March 31 is a Sunday, June 30 a Sunday, August 31 a Saturday).
    [InlineData("cron(0 2 LW 3,6,8 ? *)", "2024-01-01T00:00:00Z", "2024-03-29T02:00:00+00:00 2024-06-28T02:00:00+00:00 2024-08-30T02:00:00+00:00")]
    // 15W: the nearest weekday (June 15 is a Saturday, September 15 and December 15 Sundays).
    [InlineData("cron(0 2 15W 5,6,9,12 ? *)", "2024-01-01T00:00:00Z", "2024-05-15T02:00:00+00:00 2024-06-14T02:00:00+00:00 2024-09-16T02:00:00+00:00 2024-12-16T02:00:00+00:00")]
    // 1W never leaves the month: June 1 is a Saturday, so Monday the 3rd; September 1 a Sunday, so Monday the 2nd.
    [InlineData("cron(0 2 1W 6,9 ? *)", "2024-01-01T00:00:00Z", "2024-06-03T02:00:00+00:00 2024-09-02T02:00:00+00:00")]
    // 31W: March 31 is a Sunday, so Friday the 29th; months without a 31st are skipped.
    [InlineData("cron(0 2 31W 2,3,4,5 ? *)", "2024-01-01T00:00:00Z", "2024-03-29T02:00:00+00:00 2024-05-31T02:00:00+00:00 2025-03-31T02:00:00+00:00")]
    // Plain day 31 skips shorter months; Feb 29 waits for leap years.
    [InlineData("cron(0 9 31 * ? *)", "2024-01-31T09:00:00Z", "2024-03-31T09:00:00+00:00 2024-05-31T09:00:00+00:00 2024-07-31T09:00:00+00:00")]
    [InlineData("cron(0 9 29 FEB ? *)", "2024-03-01T00:00:00Z", "2028-02-29T09:00:00+00:00 2032-02-29T09:00:00+00:00")]
    // Names and ranges, any case.
    [InlineData("cron(30 23 ? JAN,JUL MON-FRI *)", "2024-01-30T00:00:00Z", "2024-01-30T23:30:00+00:00 2024-01-31T23:30:00+00:00 2024-07-01T23:30:00+00:00")]
    [InlineData("cron(0 9 ? jan tue#1 *)", "2024-01-01T00:00:00Z", "2024-01-02T09:00:00+00:00 2025-01-07T09:00:00+00:00")]
    // Day-of-week numbers: 1 = SUN ... 7 = SAT.
    [InlineData("cron(0 9 ? * 1,7 *)", "2024-01-01T00:00:00Z", "2024-01-06T09:00:00+00:00 2024-01-07T09:00:00+00:00 2024-01-13T09:00:00+00:00")]
    // Steps: a/n, a-b/n, */n; day-of-week takes them too (2/2 = MON, WED, FRI).
    [InlineData("cron(0 9 ? * 2/2 *)", "2024-01-01T09:00:00Z", "2024-01-03T09:00:00+00:00 2024-01-05T09:00:00+00:00 2024-01-08T09:00:00+00:00")]
    [InlineData("cron(10-50/20 8 * * ? *)", "2024-01-01T00:00:00Z", "2024-01-01T08:10:00+00:00 2024-01-01T08:30:00+00:00 2024-01-01T08:50:00+00:00 2024-01-02T08:10:00+00:00")]
    [InlineData("cron(0 */6 * * ? *)", "2024-01-01T00:00:00Z", "2024-01-01T06:00:00+00:00 2024-01-01T12:00:00+00:00 2024-01-01T18:00:00+00:00 2024-01-02T00:00:00+00:00")]
    [InlineData("cron(0/15 8-9 ? * MON *)", "2024-01-01T09:40:00Z", "2024-01-01T09:45:00+00:00 2024-01-08T08:00:00+00:00 2024-01-08T08:15:00+00:00")]
    [InlineData("cron(0 0 1 1/4 ? *)", "2024-01-01T00:00:00Z", "2024-05-01T00:00:00+00:00 2024-09-01T00:00:00+00:00 2025-01-01T00:00:00+00:00")]
    // Years: only the ones listed; then the schedule is over.
    [InlineData("cron(0 0 1 1 ? 2025-2026)", "2024-06-01T00:00:00Z", "2025-01-01T00:00:00+00:00 2026-01-01T00:00:00+00:00")]
    [InlineData("cron(0 0 1 1 ? 2030,2040/50)", "2024-06-01T00:00:00Z", "2030-01-01T00:00:00+00:00 2040-01-01T00:00:00+00:00 2090-01-01T00:00:00+00:00 2140-01-01T00:00:00+00:00 2190-01-01T00:00:00+00:00")]
    // Seven fields: leading seconds.
    [InlineData("cron(30 0 12 * * ? *)", "2024-01-01T12:00:30Z", "2024-01-02T12:00:30+00:00 2024-01-03T12:00:30+00:00")]
    // Leading zeros, as in AWS's own examples.
    [InlineData("cron(0 09 ? * WED *)", "2021-01-01T00:00:00Z", "2021-01-06T09:00:00+00:00 2021-01-13T09:00:00+00:00")]
    public void Cron_construct_matches_the_expected_days_and_times(string expression, string after, string expected)
    {
        var expectedList = Occurrences.List(expected);

        var actual = Occurrences.Next(expression, after, expectedList.Length + 1);

        Assert.Equal(expectedList, actual.Take(expectedList.Length));
        if (actual.Length > expectedList.Length)
        {
            Assert.True(string.CompareOrdinal(actual[^1], expectedList[^1]) > 0, $"{actual[^1]} should come after {expectedList[^1]}");
        }
    }

    [Fact]
    public void Occurrences_are_strictly_after_the_given_instant_even_when_it_is_a_run()
    {
        var runs = Occurrences.Next("cron(0 2 ? * TUE#2 *)", "2024-01-09T02:00:00Z", 1);

        Assert.Equal(["2024-02-13T02:00:00+00:00"], runs);
    }

    [Fact]
    public void A_fraction_of_a_second_before_a_run_still_finds_it()
    {
        var runs = Occurrences.Next("cron(0 2 ? * TUE#2 *)", "2024-01-09T01:59:59.9990000Z", 1);

        Assert.Equal(["2024-01-09T02:00:00+00:00"], runs);
    }

    [Fact]
    public void Nothing_runs_after_the_last_year_cron_allows()
    {
        Assert.Empty(Occurrences.Next("cron(0 0 1 1 ? *)", "2199-01-01T00:00:00Z", 3));
        Assert.Equal(["2199-01-01T00:00:00+00:00"], Occurrences.Next("cron(0 0 1 1 ? *)", "2198-06-01T00:00:00Z", 3));
    }

    [Fact]
    public void An_instant_before_1970_finds_the_first_run_in_1970()
    {
        Assert.Equal(["1970-01-01T00:00:00+00:00"], Occurrences.Next("cron(0 0 1 1 ? *)", "0001-01-01T00:00:00Z", 1));
    }

    [Fact]
    public void Runs_are_found_without_walking_minute_by_minute()
    {
        // A rare match (Feb 29 on a Monday, every 28 years) far away must still be quick to find.
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var runs = Occurrences.Next("cron(0 0 29 2 ? *)", "2025-01-01T00:00:00Z", 40);
        var mondays = Occurrences.Next("cron(0 0 ? 2 MON#5 *)", "2025-01-01T00:00:00Z", 5);

        Assert.Equal(40, runs.Length);
        Assert.Equal("2028-02-29T00:00:00+00:00", runs[0]);
        Assert.Equal(["2044-02-29T00:00:00+00:00", "2072-02-29T00:00:00+00:00", "2112-02-29T00:00:00+00:00", "2140-02-29T00:00:00+00:00", "2168-02-29T00:00:00+00:00"], mondays);
        Assert.True(watch.ElapsedMilliseconds < 500, $"took {watch.ElapsedMilliseconds} ms");
    }
}
