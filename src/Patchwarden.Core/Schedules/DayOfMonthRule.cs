namespace Patchwarden.Core.Schedules;

/// <summary>The day-of-month field: plain days, <c>L</c> (last day), <c>LW</c> (last weekday) and <c>nW</c> (weekday nearest day n); or <c>?</c>.</summary>
/// <param name="Unspecified">The field is <c>?</c>: day-of-week decides.</param>
/// <param name="Days">Plain days 1-31 as bits.</param>
/// <param name="LastDay"><c>L</c>.</param>
/// <param name="LastWeekday"><c>LW</c>.</param>
/// <param name="NearestWeekdayTo">The <c>n</c> of every <c>nW</c>, as bits.</param>
internal readonly record struct DayOfMonthRule(bool Unspecified, uint Days, bool LastDay, bool LastWeekday, uint NearestWeekdayTo)
{
    public static DayOfMonthRule Any { get; } = new(true, 0, false, false, 0);

    /// <summary>The days of a month this field matches.</summary>
    public uint DaysIn(int daysInMonth, int firstWeekday)
    {
        var mask = Days & MonthDays.All(daysInMonth);
        if (LastDay)
        {
            mask |= 1u << daysInMonth;
        }

        if (LastWeekday)
        {
            mask |= 1u << MonthDays.NearestWeekday(daysInMonth, daysInMonth, firstWeekday);
        }

        // A day this month lacks (31W in April) matches nothing, rather than spilling into the next month.
        var nearest = NearestWeekdayTo & MonthDays.All(daysInMonth);
        while (nearest != 0)
        {
            var day = System.Numerics.BitOperations.TrailingZeroCount(nearest);
            nearest &= nearest - 1;
            mask |= 1u << MonthDays.NearestWeekday(day, daysInMonth, firstWeekday);
        }

        return mask;
    }
}
