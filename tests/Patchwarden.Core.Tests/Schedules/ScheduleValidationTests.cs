using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>A schedule definition is checked as a whole: expression, zone, offset and dates, each problem under its maintenance-window field.</summary>
public sealed class ScheduleValidationTests
{
    private static IReadOnlyList<Core.Validation.ValidationError> Errors(ScheduleDefinition definition)
    {
        var result = Schedule.Create(definition);
        Assert.False(result.IsSuccess);
        return result.Errors;
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")]
    [InlineData("Local")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public void An_unknown_or_non_IANA_zone_is_named_as_ScheduleTimezone(string zone)
    {
        var error = Assert.Single(Errors(new ScheduleDefinition { Schedule = "cron(0 2 ? * TUE#2 *)", ScheduleTimezone = zone }));

        Assert.Equal("ScheduleTimezone", error.Field);
        Assert.Equal($"'{zone}' is not an IANA time zone id (e.g. UTC, Europe/Berlin, America/New_York)", error.Message);
    }

    [Theory]
    [InlineData(null, "UTC")]
    [InlineData("UTC", "UTC")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    public void Known_zones_are_accepted_and_UTC_is_the_default(string? zone, string expectedId)
    {
        var schedule = Occurrences.Schedule("cron(0 2 ? * TUE#2 *)", zone);

        Assert.Equal(expectedId, schedule.TimeZone.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public void An_offset_outside_one_to_six_days_is_refused(int offset)
    {
        var error = Assert.Single(Errors(new ScheduleDefinition { Schedule = "cron(0 2 ? * TUE#2 *)", ScheduleOffset = offset }));

        Assert.Equal("ScheduleOffset", error.Field);
        Assert.Equal($"must be 1-6 days, not {offset}", error.Message);
    }

    [Theory]
    [InlineData("rate(1 day)")]
    [InlineData("at(2024-07-09T15:55:00)")]
    public void An_offset_is_for_cron_schedules_only(string expression)
    {
        var error = Assert.Single(Errors(new ScheduleDefinition { Schedule = expression, ScheduleOffset = 2 }));

        Assert.Equal("ScheduleOffset", error.Field);
        Assert.Equal("applies to cron(...) schedules only", error.Message);
    }

    [Fact]
    public void The_end_date_must_be_after_the_start_date()
    {
        var start = Occurrences.Instant("2024-06-01T00:00:00Z");

        var error = Assert.Single(Errors(new ScheduleDefinition { Schedule = "cron(0 2 ? * TUE#2 *)", StartDate = start, EndDate = start }));

        Assert.Equal("EndDate", error.Field);
        Assert.Equal("2024-06-01T00:00:00.0000000+00:00 is not after StartDate 2024-06-01T00:00:00.0000000+00:00", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Errors(new ScheduleDefinition
        {
            Schedule = "cron(0 2 ? * TUX#2 *)",
            ScheduleTimezone = "Nowhere/Land",
            ScheduleOffset = 9,
            StartDate = Occurrences.Instant("2024-06-01T00:00:00Z"),
            EndDate = Occurrences.Instant("2024-05-01T00:00:00Z"),
        });

        Assert.Equal(["Schedule.cron.dayOfWeek", "ScheduleTimezone", "ScheduleOffset", "EndDate"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_valid_definition_keeps_every_setting()
    {
        var schedule = Occurrences.Schedule("cron(0 2 ? * TUE#2 *)", "Europe/Berlin", 3, "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z");

        Assert.Equal("cron(0 2 ? * TUE#2 *)", schedule.Expression.Text);
        Assert.Equal("Europe/Berlin", schedule.TimeZone.Id);
        Assert.Equal(3, schedule.OffsetDays);
        Assert.Equal(Occurrences.Instant("2024-01-01T00:00:00Z"), schedule.StartDate);
        Assert.Equal(Occurrences.Instant("2025-01-01T00:00:00Z"), schedule.EndDate);
    }

    [Fact]
    public void Asking_for_a_negative_number_of_runs_is_a_caller_bug()
    {
        var schedule = Occurrences.Schedule("cron(0 2 ? * TUE#2 *)");

        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.NextOccurrences(DateTimeOffset.UnixEpoch, -1));
        Assert.Empty(schedule.NextOccurrences(DateTimeOffset.UnixEpoch, 0));
    }
}
