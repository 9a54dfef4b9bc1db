using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>at(...) runs once, at a wall-clock time in the schedule's time zone.</summary>
public sealed class AtScheduleTests
{
    [Theory]
    [InlineData(null, "2024-07-09T15:55:00+00:00")]
    [InlineData("Europe/Berlin", "2024-07-09T15:55:00+02:00")]
    [InlineData("America/New_York", "2024-07-09T15:55:00-04:00")]
    [InlineData("Asia/Kolkata", "2024-07-09T15:55:00+05:30")]
    public void The_single_run_is_the_wall_time_in_the_zone(string? zone, string expected)
    {
        Assert.Equal([expected], Occurrences.Next("at(2024-07-09T15:55:00)", "2024-01-01T00:00:00Z", 5, zone));
    }

    [Fact]
    public void Nothing_runs_once_the_time_has_passed()
    {
        Assert.Empty(Occurrences.Next("at(2024-07-09T15:55:00)", "2024-07-09T15:55:00Z", 5));
        Assert.Single(Occurrences.Next("at(2024-07-09T15:55:00)", "2024-07-09T15:54:59Z", 5));
    }

    [Fact]
    public void A_time_in_a_spring_forward_gap_runs_when_the_clocks_resume()
    {
        Assert.Equal(["2024-03-10T03:00:00-04:00"], Occurrences.Next("at(2024-03-10T02:30:00)", "2024-01-01T00:00:00Z", 1, "America/New_York"));
    }

    [Fact]
    public void A_time_repeated_by_fall_back_runs_the_first_time()
    {
        Assert.Equal(["2024-11-03T01:30:00-04:00"], Occurrences.Next("at(2024-11-03T01:30:00)", "2024-01-01T00:00:00Z", 1, "America/New_York"));
    }

    [Fact]
    public void The_active_period_applies()
    {
        Assert.Empty(Occurrences.Next("at(2024-07-09T15:55:00)", "2024-01-01T00:00:00Z", 1, start: "2024-08-01T00:00:00Z"));
        Assert.Empty(Occurrences.Next("at(2024-07-09T15:55:00)", "2024-01-01T00:00:00Z", 1, end: "2024-07-01T00:00:00Z"));
        Assert.Single(Occurrences.Next("at(2024-07-09T15:55:00)", "2024-01-01T00:00:00Z", 1, start: "2024-07-09T15:55:00Z", end: "2024-07-09T15:55:01Z"));
    }

    [Theory]
    [InlineData("at(2024-07-09 15:55:00)", "'2024-07-09 15:55:00' is not a date and time in the form yyyy-MM-ddTHH:mm:ss")]
    [InlineData("at(2024-07-09T15:55)", "'2024-07-09T15:55' is not a date and time in the form yyyy-MM-ddTHH:mm:ss")]
    [InlineData("at(2024-07-09T15:55:00Z)", "'2024-07-09T15:55:00Z' is not a date and time in the form yyyy-MM-ddTHH:mm:ss")]
    [InlineData("at(2024-02-30T15:55:00)", "'2024-02-30T15:55:00' is not a date and time in the form yyyy-MM-ddTHH:mm:ss")]
    [InlineData("at(2200-01-01T00:00:00)", "year 2200 is outside 1970-2199")]
    public void Malformed_times_are_named_as_Schedule_at(string expression, string message)
    {
        var error = Assert.Single(ScheduleExpression.Parse(expression).Errors);

        Assert.Equal("Schedule.at", error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_parsed_time_is_kept_as_wall_time()
    {
        var at = Assert.IsType<AtExpression>(ScheduleExpression.Parse("at(2024-07-09T15:55:00)").Value);

        Assert.Equal(new DateTime(2024, 7, 9, 15, 55, 0), at.WallTime);
    }
}
