namespace Patchwarden.Core.Tests.Schedules;

/// <summary>An offset of N days runs N days after each cron time, in wall-clock terms: "Patch Tuesday + N".</summary>
public sealed class ScheduleOffsetTests
{
    [Fact]
    public void Patch_Tuesday_plus_three_days_runs_on_the_Friday_after()
    {
        var runs = Occurrences.Next("cron(0 2 ? * TUE#2 *)", "2024-01-01T00:00:00Z", 4, "Europe/Berlin", offset: 3);

        Assert.Equal(
            Occurrences.List("2024-01-12T02:00:00+01:00 2024-02-16T02:00:00+01:00 2024-03-15T02:00:00+01:00 2024-04-12T02:00:00+02:00"),
            runs);
    }

    [Fact]
    public void The_AWS_documentation_example_runs_two_days_after_the_third_Tuesday()
    {
        // cron(30 23 ? * TUE#3 *) with offset 2: the third Tuesday of January 2024 is the 16th, so Thursday the 18th at 23:30.
        var runs = Occurrences.Next("cron(30 23 ? * TUE#3 *)", "2024-01-01T00:00:00Z", 2, offset: 2);

        Assert.Equal(Occurrences.List("2024-01-18T23:30:00+00:00 2024-02-22T23:30:00+00:00"), runs);
    }

    [Theory]
    // The last day of the month plus two days is the 2nd of the next month (and of the next year in December).
    [InlineData("cron(0 22 L * ? *)", 2, "2024-11-15T00:00:00Z", "2024-12-02T22:00:00+00:00 2025-01-02T22:00:00+00:00 2025-02-02T22:00:00+00:00 2025-03-02T22:00:00+00:00")]
    // February 28 + 1 is March 1 in 2023 but February 29 in 2024.
    [InlineData("cron(0 6 28 2 ? *)", 1, "2023-01-01T00:00:00Z", "2023-03-01T06:00:00+00:00 2024-02-29T06:00:00+00:00")]
    // The last Friday of December + 6 days crosses into the next year (December 29, 2023 runs on January 4, 2024).
    [InlineData("cron(0 1 ? 12 6L *)", 6, "2024-01-01T00:00:00Z", "2024-01-04T01:00:00+00:00 2025-01-02T01:00:00+00:00 2026-01-01T01:00:00+00:00")]
    public void Offsets_cross_month_and_year_ends(string expression, int offset, string after, string expected)
    {
        Assert.Equal(Occurrences.List(expected), Occurrences.Next(expression, after, Occurrences.List(expected).Length, offset: offset));
    }

    [Fact]
    public void A_cron_time_already_past_still_runs_when_its_offset_day_is_ahead()
    {
        // Patch Tuesday was January 9; asked on the 10th, the Friday run on the 12th is still to come.
        var runs = Occurrences.Next("cron(0 2 ? * TUE#2 *)", "2024-01-10T00:00:00Z", 1, offset: 3);

        Assert.Equal(["2024-01-12T02:00:00+00:00"], runs);
    }

    [Fact]
    public void Asking_again_after_a_run_gives_the_next_run()
    {
        var first = Occurrences.Next("cron(0 2 ? * TUE#2 *)", "2024-01-10T00:00:00Z", 1, offset: 3)[0];

        var next = Occurrences.Next("cron(0 2 ? * TUE#2 *)", first, 1, offset: 3);

        Assert.Equal(["2024-02-16T02:00:00+00:00"], next);
    }

    [Fact]
    public void Offset_days_are_wall_clock_days_across_a_DST_change()
    {
        // Saturday March 9 + 2 days is Monday March 11, still at 04:00 local, although only 47 hours pass.
        var runs = Occurrences.Next("cron(0 4 9 3 ? *)", "2024-01-01T00:00:00Z", 1, "America/New_York", offset: 2);

        Assert.Equal(["2024-03-11T04:00:00-04:00"], runs);
    }
}
