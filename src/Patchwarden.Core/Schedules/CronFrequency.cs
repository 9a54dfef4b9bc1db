namespace Patchwarden.Core.Schedules;

/// <summary>Enforces the floor of <see cref="ScheduleLimits.MinimumInterval"/> between runs: finds how close two consecutive runs of a cron expression can be.</summary>
internal static class CronFrequency
{
    private const int SecondsPerDay = 86_400;

    /// <summary>The shortest gap between consecutive wall-clock matches when it is below the minimum, else null.</summary>
    public static TimeSpan? ShortestGapBelowMinimum(CronExpression cron)
    {
        var minimum = (int)ScheduleLimits.MinimumInterval.TotalSeconds;
        var first = -1;
        var previous = -1;

        // Times of day in order; stops at the first gap that is too short, so at most 289 are visited.
        for (var hour = BitSet256.Next(cron.Hours, 0); hour >= 0; hour = BitSet256.Next(cron.Hours, hour + 1))
        {
            for (var minute = BitSet256.Next(cron.Minutes, 0); minute >= 0; minute = BitSet256.Next(cron.Minutes, minute + 1))
            {
                for (var second = BitSet256.Next(cron.Seconds, 0); second >= 0; second = BitSet256.Next(cron.Seconds, second + 1))
                {
                    var time = (hour * 3600) + (minute * 60) + second;
                    if (previous >= 0 && time - previous < minimum)
                    {
                        return TimeSpan.FromSeconds(time - previous);
                    }

                    first = first < 0 ? time : first;
                    previous = time;
                }
            }
        }

        // The last run of one day and the first of the next (23:58 and 00:00) only count when two days in a row can match.
        var acrossMidnight = first + SecondsPerDay - previous;
        return acrossMidnight < minimum && HasConsecutiveMatchingDays(cron) ? TimeSpan.FromSeconds(acrossMidnight) : null;
    }

    /// <summary>Whether some day and the day after it both match (within the years the expression allows).</summary>
    private static bool HasConsecutiveMatchingDays(CronExpression cron)
    {
        var previousMonthIndex = int.MinValue;
        var previousLastDayMatched = false;
        for (var yearIndex = cron.Years.NextFrom(0); yearIndex >= 0; yearIndex = cron.Years.NextFrom(yearIndex + 1))
        {
            var year = ScheduleLimits.FirstYear + yearIndex;
            for (var month = BitSet256.Next(cron.Months, 1); month > 0; month = BitSet256.Next(cron.Months, month + 1))
            {
                var days = cron.DaysMatching(year, month);
                var monthIndex = (year * 12) + month;
                if ((days & (days >> 1)) != 0 || (previousLastDayMatched && monthIndex == previousMonthIndex + 1 && (days & 2u) != 0))
                {
                    return true;
                }

                previousMonthIndex = monthIndex;
                previousLastDayMatched = (days & (1u << DateTime.DaysInMonth(year, month))) != 0;
            }
        }

        return false;
    }
}
