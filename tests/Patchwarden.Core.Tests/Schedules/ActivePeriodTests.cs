namespace Patchwarden.Core.Tests.Schedules;

/// <summary>StartDate and EndDate bound when a schedule may run; the run instant (after any offset) must lie within them.</summary>
public sealed class ActivePeriodTests
{
    [Fact]
    public void Nothing_runs_before_the_start_date()
    {
        // AWS's own example: Wednesdays 09:00 Los Angeles, active from Friday 2021-01-01 00:00 -08:00; first run January 6.
        var runs = Occurrences.Next("cron(0 09 ? * WED *)", "2020-06-01T00:00:00Z", 2, "America/Los_Angeles", start: "2021-01-01T00:00:00-08:00");

        Assert.Equal(Occurrences.List("2021-01-06T09:00:00-08:00 2021-01-13T09:00:00-08:00"), runs);
    }

    [Fact]
    public void A_run_exactly_at_the_start_date_counts()
    {
        var runs = Occurrences.Next("cron(0 9 ? * WED *)", "2020-06-01T00:00:00Z", 1, start: "2021-01-06T09:00:00Z");

        Assert.Equal(["2021-01-06T09:00:00+00:00"], runs);
    }

    [Fact]
    public void Nothing_runs_after_the_end_date_and_a_run_exactly_at_it_counts()
    {
        var runs = Occurrences.Next("cron(0 9 ? * WED *)", "2021-01-01T00:00:00Z", 10, end: "2021-01-20T09:00:00Z");

        Assert.Equal(Occurrences.List("2021-01-06T09:00:00+00:00 2021-01-13T09:00:00+00:00 2021-01-20T09:00:00+00:00"), runs);
    }

    [Fact]
    public void The_offset_run_is_what_must_fall_within_the_period()
    {
        // Patch Tuesday 2024-01-09 + 3 = the 12th, before the start on the 15th: the first run is February 16.
        var runs = Occurrences.Next("cron(0 2 ? * TUE#2 *)", "2024-01-01T00:00:00Z", 1, offset: 3, start: "2024-01-15T00:00:00Z");

        Assert.Equal(["2024-02-16T02:00:00+00:00"], runs);
    }

    [Fact]
    public void An_instant_after_the_start_date_is_what_counts()
    {
        var runs = Occurrences.Next("cron(0 9 ? * WED *)", "2021-03-01T00:00:00Z", 1, start: "2021-01-01T00:00:00Z");

        Assert.Equal(["2021-03-03T09:00:00+00:00"], runs);
    }
}
