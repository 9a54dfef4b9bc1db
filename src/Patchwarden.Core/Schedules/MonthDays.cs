namespace Patchwarden.Core.Schedules;

/// <summary>Day masks of one month: bit <c>d</c> set means day <c>d</c> of the month (bit 0 is unused).</summary>
internal static class MonthDays
{
    /// <summary>Days 1, 8, 15, 22 and 29, shifted left to start on any day.</summary>
    private const ulong Weekly = 1UL | 1UL << 7 | 1UL << 14 | 1UL << 21 | 1UL << 28;

    /// <summary>Every day of a month with <paramref name="daysInMonth"/> days.</summary>
    public static uint All(int daysInMonth) => (uint)(((1UL << (daysInMonth + 1)) - 1) & ~1UL);

    /// <summary>The weekday (0 = Sunday) of <paramref name="day"/>, given the weekday of the 1st.</summary>
    public static int WeekdayOf(int day, int firstWeekday) => (firstWeekday + day - 1) % 7;

    /// <summary>The first day of the month that falls on <paramref name="weekday"/> (0 = Sunday).</summary>
    public static int FirstOn(int weekday, int firstWeekday) => 1 + ((weekday - firstWeekday + 7) % 7);

    /// <summary>Every day of the month that falls on <paramref name="weekday"/>.</summary>
    public static uint EveryOn(int weekday, int daysInMonth, int firstWeekday) =>
        (uint)(Weekly << FirstOn(weekday, firstWeekday)) & All(daysInMonth);

    /// <summary>The weekday (Monday-Friday) nearest to <paramref name="day"/> without leaving the month, as Quartz and AWS define <c>nW</c>.</summary>
    public static int NearestWeekday(int day, int daysInMonth, int firstWeekday) => WeekdayOf(day, firstWeekday) switch
    {
        6 => day == 1 ? 3 : day - 1, // Saturday: the Friday before, unless that is last month; then Monday the 3rd.
        0 => day == daysInMonth ? day - 2 : day + 1, // Sunday: the Monday after, unless that is next month; then the Friday before.
        _ => day,
    };
}
