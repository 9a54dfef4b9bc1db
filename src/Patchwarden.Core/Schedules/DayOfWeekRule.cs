namespace Patchwarden.Core.Schedules;

/// <summary>The day-of-week field: a set of weekdays, <c>nL</c> (last weekday n of the month) or <c>n#k</c> (k-th weekday n); or <c>?</c>.</summary>
/// <param name="Unspecified">The field is <c>?</c>: day-of-month decides.</param>
/// <param name="Weekdays">Weekdays as bits, 0 = Sunday (cron's 1).</param>
/// <param name="LastOf">Weekday of <c>nL</c> (0 = Sunday), or -1.</param>
/// <param name="NthOf">Weekday of <c>n#k</c> (0 = Sunday), or -1.</param>
/// <param name="Nth">The <c>k</c> of <c>n#k</c>, 1-5.</param>
internal readonly record struct DayOfWeekRule(bool Unspecified, byte Weekdays, sbyte LastOf, sbyte NthOf, byte Nth)
{
    public static DayOfWeekRule Any { get; } = new(true, 0, -1, -1, 0);

    /// <summary>The days of a month this field matches.</summary>
    public uint DaysIn(int daysInMonth, int firstWeekday)
    {
        var mask = 0u;
        for (var weekday = 0; weekday < 7; weekday++)
        {
            if ((Weekdays & (1 << weekday)) != 0)
            {
                mask |= MonthDays.EveryOn(weekday, daysInMonth, firstWeekday);
            }
        }

        if (LastOf >= 0)
        {
            var lastWeekday = MonthDays.WeekdayOf(daysInMonth, firstWeekday);
            mask |= 1u << (daysInMonth - ((lastWeekday - LastOf + 7) % 7));
        }

        if (NthOf >= 0)
        {
            // A fifth Tuesday that the month lacks matches nothing that month.
            var day = MonthDays.FirstOn(NthOf, firstWeekday) + (7 * (Nth - 1));
            if (day <= daysInMonth)
            {
                mask |= 1u << day;
            }
        }

        return mask;
    }
}
