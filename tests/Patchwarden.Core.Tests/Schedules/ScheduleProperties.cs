using CsCheck;
using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>Properties of generated cron schedules, checked against a reference matcher written from the rules' definitions.</summary>
public sealed class ScheduleProperties
{
    private const int Runs = 12;

    /// <summary>Schedules that pass validation; the generator also yields some the 5-minute rule refuses, which must say so.</summary>
    private static Schedule? Accept(CronSpec spec, string zone = "UTC", int offset = 0)
    {
        var result = Schedule.Create(new ScheduleDefinition { Schedule = spec.Text, ScheduleTimezone = zone, ScheduleOffset = offset == 0 ? null : offset });
        if (result.IsSuccess)
        {
            return result.Value;
        }

        var error = Assert.Single(result.Errors);
        Assert.Equal("Schedule", error.Field);
        Assert.Contains("fires more often than every 5 minutes", error.Message, StringComparison.Ordinal);
        return null;
    }

    /// <summary>The clocks jumped forward exactly at this instant: a run placed at the end of a DST gap.</summary>
    private static bool IsEndOfGap(DateTimeOffset run, TimeZoneInfo zone) =>
        zone.GetUtcOffset(run.AddTicks(-1)) < zone.GetUtcOffset(run);

    [Fact]
    public void The_engine_matches_exactly_what_the_definitions_match()
    {
        Gen.Select(CronSpecGen.Spec(), CronSpecGen.After, Gen.Int[0, 7 * 24 * 60]).Sample((spec, after, minutes) =>
        {
            if (Accept(spec) is not { Expression: CronExpression cron })
            {
                return;
            }

            // Probe whole minutes (and the spec's second) near a random day, where matches are likely.
            var probe = after.UtcDateTime.Date.AddMinutes(minutes).AddSeconds(spec.Second ?? 0);
            Assert.Equal(spec.Matches(probe), cron.Matches(probe));
        }, iter: 2000);
    }

    [Fact]
    public void Every_run_matches_every_field_in_its_zone_shifted_back_by_the_offset()
    {
        Gen.Select(CronSpecGen.Spec(), CronSpecGen.After, CronSpecGen.Zone, Gen.Int[0, 6]).Sample((spec, after, zoneId, offset) =>
        {
            if (Accept(spec, zoneId, offset) is not { } schedule)
            {
                return;
            }

            var runs = schedule.NextOccurrences(after, Runs);

            foreach (var run in runs)
            {
                Assert.True(run > after, $"{run:O} is not after {after:O}");
                Assert.Equal(schedule.TimeZone.GetUtcOffset(run), run.Offset);
                var cronTime = run.DateTime.AddDays(-offset);
                Assert.True(spec.Matches(cronTime) || IsEndOfGap(run, schedule.TimeZone), $"{run:O} (cron time {cronTime:s}) does not match {spec}");
            }

            Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First:O} is not before {pair.Second:O}"));
        }, iter: 500);
    }

    [Fact]
    public void No_matching_time_is_skipped()
    {
        Gen.Select(CronSpecGen.Spec(), CronSpecGen.After).Sample((spec, after) =>
        {
            if (Accept(spec) is not { } schedule)
            {
                return;
            }

            var runs = schedule.NextOccurrences(after, Runs);
            var end = runs.Count == Runs ? runs[^1] : new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);
            if ((end - after).TotalDays > 40 * 366)
            {
                return; // A rare schedule (fifth Mondays of February...): the day-by-day check below would be slow.
            }

            // Every wall-clock time the definitions match, from `after` to the last run, must be among the runs.
            var expected = new List<DateTimeOffset>();
            for (var day = after.UtcDateTime.Date; day <= end.UtcDateTime.Date; day = day.AddDays(1))
            {
                if (!spec.MatchesDate(day))
                {
                    continue;
                }

                expected.AddRange(
                    from hour in spec.HourValues
                    from minute in spec.MinuteValues
                    from second in spec.SecondValues
                    let time = new DateTimeOffset(day.AddHours(hour).AddMinutes(minute).AddSeconds(second), TimeSpan.Zero)
                    where time > after && time <= end
                    select time);
            }

            Assert.Equal(expected.Order(), runs.Where(run => run <= end));
        }, iter: 500);
    }

    [Fact]
    public void Runs_with_an_offset_are_the_runs_without_it_moved_by_that_many_days()
    {
        // Hours 4-22 keep cron times and their shifted days clear of the early-morning DST changes of these zones.
        var zones = Gen.OneOf("UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata");
        Gen.Select(CronSpecGen.Spec(4, 22), CronSpecGen.After, zones, Gen.Int[1, 6]).Sample((spec, after, zoneId, offset) =>
        {
            if (Accept(spec, zoneId, offset) is not { } withOffset || Accept(spec, zoneId) is not { } without)
            {
                return;
            }

            var zone = withOffset.TimeZone;
            var wallAfter = TimeZoneInfo.ConvertTime(after, zone).DateTime;
            if (wallAfter.Hour is < 4 or > 22)
            {
                return;
            }

            var shifted = withOffset.NextOccurrences(after, Runs);
            var plain = without.NextOccurrences(LocalTimeResolver.Resolve(wallAfter.AddDays(-offset), zone).AddTicks(-1), Runs);

            Assert.Equal(
                plain.Select(run => LocalTimeResolver.Resolve(run.DateTime.AddDays(offset), zone)).Where(run => run > after).Take(shifted.Count),
                shifted);
        }, iter: 500);
    }

    [Fact]
    public void In_a_zone_with_a_fixed_offset_runs_are_the_UTC_runs_at_the_same_wall_times()
    {
        var zones = Gen.OneOf("Asia/Kolkata", "Asia/Tokyo", "Etc/GMT+5", "Asia/Kathmandu");
        Gen.Select(CronSpecGen.Spec(), CronSpecGen.After, zones).Sample((spec, after, zoneId) =>
        {
            if (Accept(spec, zoneId) is not { } zoned || Accept(spec) is not { } utc)
            {
                return;
            }

            var offset = zoned.TimeZone.GetUtcOffset(after);
            var inZone = zoned.NextOccurrences(after, Runs);
            var inUtc = utc.NextOccurrences(after.ToOffset(offset).DateTime.ToDateTimeOffsetUtc(), Runs);

            Assert.Equal(inUtc.Select(run => run.DateTime), inZone.Select(run => run.DateTime));
            Assert.All(inZone, run => Assert.Equal(offset, run.Offset));
        }, iter: 300);
    }
}

internal static class WallTimeExtensions
{
    /// <summary>The same wall-clock reading taken as UTC.</summary>
    public static DateTimeOffset ToDateTimeOffsetUtc(this DateTime wallTime) => new(DateTime.SpecifyKind(wallTime, DateTimeKind.Unspecified), TimeSpan.Zero);
}
