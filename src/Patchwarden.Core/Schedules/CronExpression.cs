using System.Numerics;

namespace Patchwarden.Core.Schedules;

/// <summary>A parsed <c>cron(...)</c> expression (AWS maintenance-window dialect); finds the wall-clock times it matches by jumping field by field.</summary>
public sealed record CronExpression : ScheduleExpression
{
    internal CronExpression(string text, bool hasSecondsField, ulong seconds, ulong minutes, ulong hours, ulong months, BitSet256 years, DayOfMonthRule dayOfMonth, DayOfWeekRule dayOfWeek)
        : base(text)
    {
        HasSecondsField = hasSecondsField;
        Seconds = seconds;
        Minutes = minutes;
        Hours = hours;
        Months = months;
        Years = years;
        DayOfMonth = dayOfMonth;
        DayOfWeek = dayOfWeek;
    }

    /// <summary>Written with seven fields, the first being seconds.</summary>
    public bool HasSecondsField { get; }

    internal ulong Seconds { get; }

    internal ulong Minutes { get; }

    internal ulong Hours { get; }

    /// <summary>Months 1-12 as bits.</summary>
    internal ulong Months { get; }

    /// <summary>Years as bits counted from <see cref="ScheduleLimits.FirstYear"/>.</summary>
    internal BitSet256 Years { get; }

    internal DayOfMonthRule DayOfMonth { get; }

    internal DayOfWeekRule DayOfWeek { get; }

    /// <summary>The first wall-clock time strictly after <paramref name="after"/> that matches every field, or null when none is left before 2200.</summary>
    public DateTime? NextAfter(DateTime after)
    {
        if (after.Year > ScheduleLimits.LastYear)
        {
            return null;
        }

        // Cron works in whole seconds: the first candidate is the next whole second.
        var from = new DateTime(after.Ticks - (after.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        for (var yearIndex = Years.NextFrom(from.Year - ScheduleLimits.FirstYear); yearIndex >= 0; yearIndex = Years.NextFrom(yearIndex + 1))
        {
            var year = ScheduleLimits.FirstYear + yearIndex;
            var inFromYear = year == from.Year;
            for (var month = BitSet256.Next(Months, inFromYear ? from.Month : 1); month > 0; month = BitSet256.Next(Months, month + 1))
            {
                var inFromMonth = inFromYear && month == from.Month;
                var days = DaysMatching(year, month);
                if (inFromMonth)
                {
                    days &= ~0u << from.Day;
                }

                while (days != 0)
                {
                    var day = BitOperations.TrailingZeroCount(days);
                    days &= days - 1;
                    var inFromDay = inFromMonth && day == from.Day;
                    if (TryFirstTimeOfDay(inFromDay ? from.Hour : 0, inFromDay ? from.Minute : 0, inFromDay ? from.Second : 0, out var hour, out var minute, out var second))
                    {
                        return new DateTime(year, month, day, hour, minute, second);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether a wall-clock time matches every field.</summary>
    public bool Matches(DateTime wallTime) =>
        wallTime.Ticks % TimeSpan.TicksPerSecond == 0
        && Has(Seconds, wallTime.Second)
        && Has(Minutes, wallTime.Minute)
        && Has(Hours, wallTime.Hour)
        && Has(Months, wallTime.Month)
        && Years.Contains(wallTime.Year - ScheduleLimits.FirstYear)
        && (DaysMatching(wallTime.Year, wallTime.Month) & (1u << wallTime.Day)) != 0;

    /// <summary>The days of a month that match day-of-month or day-of-week (whichever is not <c>?</c>), as bits.</summary>
    internal uint DaysMatching(int year, int month)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        var firstWeekday = (int)new DateTime(year, month, 1).DayOfWeek;
        return DayOfMonth.Unspecified
            ? DayOfWeek.DaysIn(daysInMonth, firstWeekday)
            : DayOfMonth.DaysIn(daysInMonth, firstWeekday);
    }

    /// <summary>The earliest hour:minute:second at or after the given one that matches, within the same day.</summary>
    private bool TryFirstTimeOfDay(int fromHour, int fromMinute, int fromSecond, out int hour, out int minute, out int second)
    {
        var firstMinute = BitSet256.Next(Minutes, 0);
        var firstSecond = BitSet256.Next(Seconds, 0);
        hour = BitSet256.Next(Hours, fromHour);
        minute = firstMinute;
        second = firstSecond;
        if (hour < 0)
        {
            return false;
        }

        if (hour > fromHour)
        {
            return true;
        }

        minute = BitSet256.Next(Minutes, fromMinute);
        if (minute > fromMinute)
        {
            return true;
        }

        if (minute == fromMinute)
        {
            second = BitSet256.Next(Seconds, fromSecond);
            if (second >= 0)
            {
                return true;
            }

            second = firstSecond;
            minute = BitSet256.Next(Minutes, fromMinute + 1);
            if (minute >= 0)
            {
                return true;
            }
        }

        // Nothing left in this hour: the next matching hour, from its first minute and second.
        minute = firstMinute;
        hour = BitSet256.Next(Hours, fromHour + 1);
        return hour >= 0;
    }

    private static bool Has(ulong bits, int value) => (bits & (1UL << value)) != 0;
}
