using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>rate(...) runs every fixed stretch of elapsed time, counted from StartDate or else from a given anchor such as the window's creation.</summary>
public sealed class RateScheduleTests
{
    [Fact]
    public void The_start_date_is_the_first_run_and_the_anchor()
    {
        var runs = Occurrences.Next("rate(6 hours)", "2024-01-01T00:00:00Z", 3, start: "2024-05-01T10:15:00Z");

        Assert.Equal(Occurrences.List("2024-05-01T10:15:00+00:00 2024-05-01T16:15:00+00:00 2024-05-01T22:15:00+00:00"), runs);
    }

    [Fact]
    public void Runs_continue_on_the_anchor_grid_after_a_later_instant()
    {
        var runs = Occurrences.Next("rate(6 hours)", "2024-05-03T11:00:00Z", 2, start: "2024-05-01T10:15:00Z");

        Assert.Equal(Occurrences.List("2024-05-03T16:15:00+00:00 2024-05-03T22:15:00+00:00"), runs);
    }

    [Fact]
    public void A_run_exactly_at_the_instant_is_not_after_it()
    {
        var runs = Occurrences.Next("rate(30 minutes)", "2024-05-01T11:15:00Z", 1, anchor: "2024-05-01T10:15:00Z");

        Assert.Equal(["2024-05-01T11:45:00+00:00"], runs);
    }

    [Fact]
    public void Without_a_start_date_the_given_anchor_is_used()
    {
        var runs = Occurrences.Next("rate(1 day)", "2024-05-01T00:00:00Z", 2, anchor: "2024-04-29T08:30:00Z");

        Assert.Equal(Occurrences.List("2024-05-01T08:30:00+00:00 2024-05-02T08:30:00+00:00"), runs);
    }

    [Fact]
    public void The_start_date_wins_over_the_anchor()
    {
        var runs = Occurrences.Next("rate(1 day)", "2024-05-01T00:00:00Z", 1, start: "2024-05-10T06:00:00Z", anchor: "2024-04-29T08:30:00Z");

        Assert.Equal(["2024-05-10T06:00:00+00:00"], runs);
    }

    [Fact]
    public void A_rate_schedule_without_start_date_or_anchor_is_a_caller_bug()
    {
        var schedule = Occurrences.Schedule("rate(1 day)");

        Assert.Throws<ArgumentException>(() => schedule.NextOccurrences(Occurrences.Instant("2024-05-01T00:00:00Z"), 1));
    }

    [Fact]
    public void A_day_is_24_hours_of_elapsed_time_so_the_wall_clock_moves_with_DST()
    {
        var runs = Occurrences.Next("rate(1 day)", "2024-03-08T00:00:00Z", 3, timezone: "America/New_York", anchor: "2024-03-08T07:00:00Z");

        Assert.Equal(Occurrences.List("2024-03-08T02:00:00-05:00 2024-03-09T02:00:00-05:00 2024-03-10T03:00:00-04:00"), runs);
    }

    [Fact]
    public void Runs_stop_at_the_end_date()
    {
        var runs = Occurrences.Next("rate(12 hours)", "2024-04-30T00:00:00Z", 10, start: "2024-05-01T00:00:00Z", end: "2024-05-02T12:00:00Z");

        Assert.Equal(Occurrences.List("2024-05-01T00:00:00+00:00 2024-05-01T12:00:00+00:00 2024-05-02T00:00:00+00:00 2024-05-02T12:00:00+00:00"), runs);
    }

    [Fact]
    public void Runs_are_found_by_arithmetic_not_by_counting_from_the_anchor()
    {
        var runs = Occurrences.Next("rate(5 minutes)", "2199-12-31T23:50:00Z", 5, anchor: "1970-01-01T00:00:00Z");

        // Nothing is produced past the end of 2199 (plus the week cron offsets may add).
        Assert.Equal("2199-12-31T23:55:00+00:00", runs[0]);
        Assert.Equal(5, runs.Length);
    }

    [Theory]
    [InlineData("rate(1 minutes)", "Schedule.rate.unit", "'minutes' must be singular when the value is 1: rate(1 minute)")]
    [InlineData("rate(5 minute)", "Schedule.rate.unit", "'minute' must be plural when the value is 5: rate(5 minutes)")]
    [InlineData("rate(1 hours)", "Schedule.rate.unit", "'hours' must be singular when the value is 1: rate(1 hour)")]
    [InlineData("rate(2 day)", "Schedule.rate.unit", "'day' must be plural when the value is 2: rate(2 days)")]
    [InlineData("rate(2 weeks)", "Schedule.rate.unit", "'weeks' is not a unit; use minute(s), hour(s) or day(s)")]
    [InlineData("rate(2 Hours)", "Schedule.rate.unit", "'Hours' is not a unit; use minute(s), hour(s) or day(s)")]
    [InlineData("rate(0 hours)", "Schedule.rate.value", "'0' is not a whole number of at least 1")]
    [InlineData("rate(-1 hours)", "Schedule.rate.value", "'-1' is not a whole number of at least 1")]
    [InlineData("rate(1.5 hours)", "Schedule.rate.value", "'1.5' is not a whole number of at least 1")]
    [InlineData("rate(99999999999 days)", "Schedule.rate.value", "'99999999999' is not a whole number of at least 1")]
    [InlineData("rate(999999999 hours)", "Schedule.rate.value", "999999999 hours is longer than the longest allowed interval, 36500 days")]
    [InlineData("rate(5)", "Schedule.rate", "'rate(5)' is not rate(value unit), e.g. rate(30 minutes) or rate(1 day)")]
    [InlineData("rate(5 hours now)", "Schedule.rate", "'rate(5 hours now)' is not rate(value unit), e.g. rate(30 minutes) or rate(1 day)")]
    public void Rate_mistakes_name_the_part_that_is_wrong(string expression, string field, string message)
    {
        var error = Assert.Single(ScheduleExpression.Parse(expression).Errors);

        Assert.Equal(field, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("rate(5 minutes)", 5, RateUnit.Minutes, 5)]
    [InlineData("rate(1 hour)", 1, RateUnit.Hours, 60)]
    [InlineData("rate(3 days)", 3, RateUnit.Days, 4320)]
    public void Rate_expressions_know_their_interval(string expression, int value, RateUnit unit, int minutes)
    {
        var rate = Assert.IsType<RateExpression>(ScheduleExpression.Parse(expression).Value);

        Assert.Equal(value, rate.Value);
        Assert.Equal(unit, rate.Unit);
        Assert.Equal(TimeSpan.FromMinutes(minutes), rate.Interval);
    }
}
