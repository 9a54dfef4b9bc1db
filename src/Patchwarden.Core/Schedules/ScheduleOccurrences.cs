namespace Patchwarden.Core.Schedules;

/// <summary>Enumerates the runs of each kind of expression within a schedule's zone, offset and active period.</summary>
internal static class ScheduleOccurrences
{
    /// <summary>How far before the wanted instant the cron search starts, in wall-clock time: more than any offset change (-12h to +14h).</summary>
    private static readonly TimeSpan SearchMargin = TimeSpan.FromHours(27);

    public static IEnumerable<DateTimeOffset> Cron(Schedule schedule, CronExpression cron, DateTimeOffset after)
    {
        var lower = Lower(schedule, after);
        if (lower >= ScheduleLimits.End)
        {
            yield break;
        }

        // Runs are the cron's wall-clock times shifted by the offset, then placed in the zone. That mapping never goes
        // backwards, so searching from a little before `lower` and skipping what is not after it finds the first run.
        var searchFrom = TimeZoneInfo.ConvertTime(Max(lower, ScheduleLimits.Beginning), schedule.TimeZone).DateTime
            - SearchMargin - TimeSpan.FromDays(schedule.OffsetDays);
        var previous = lower;
        var lastCronTime = searchFrom;
        for (var cronTime = cron.NextAfter(searchFrom); cronTime is { } wallTime; cronTime = cron.NextAfter(wallTime))
        {
            // A search that stopped moving forward would spin forever inside the scheduler; fail loudly instead.
            if (wallTime <= lastCronTime)
            {
                throw new InvalidOperationException($"{cron.Text}: the search went from {lastCronTime:s} back to {wallTime:s}.");
            }

            lastCronTime = wallTime;
            var run = LocalTimeResolver.Resolve(wallTime.AddDays(schedule.OffsetDays), schedule.TimeZone);

            // Several wall-clock times in one DST gap all land on the gap's end: that is one run, not several.
            if (run <= previous)
            {
                continue;
            }

            if (run > schedule.EndDate)
            {
                yield break;
            }

            previous = run;
            yield return run;
        }
    }

    public static IEnumerable<DateTimeOffset> Rate(Schedule schedule, RateExpression rate, DateTimeOffset anchor, DateTimeOffset after)
    {
        var lower = Lower(schedule, after);
        var interval = rate.Interval.Ticks;

        // The anchor is the first run; jump straight to the first multiple of the interval after `lower`.
        var index = lower < anchor ? 0 : ((lower.UtcTicks - anchor.UtcTicks) / interval) + 1;
        for (var ticks = anchor.UtcTicks + (index * interval); ticks < ScheduleLimits.End.UtcTicks; ticks += interval)
        {
            var run = new DateTimeOffset(ticks, TimeSpan.Zero);
            if (run > schedule.EndDate)
            {
                yield break;
            }

            yield return TimeZoneInfo.ConvertTime(run, schedule.TimeZone);
        }
    }

    public static IEnumerable<DateTimeOffset> At(Schedule schedule, AtExpression at, DateTimeOffset after)
    {
        var run = LocalTimeResolver.Resolve(at.WallTime, schedule.TimeZone);
        if (run > Lower(schedule, after) && !(run > schedule.EndDate))
        {
            yield return run;
        }
    }

    /// <summary>Runs must be strictly after this: after `after`, and not before the start date.</summary>
    private static DateTimeOffset Lower(Schedule schedule, DateTimeOffset after) =>
        schedule.StartDate is { } start && start > after ? start.AddTicks(-1) : after;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
