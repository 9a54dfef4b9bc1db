using CsCheck;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>Generators of cron expressions in structured form, biased towards ones that pass the 5-minute rule.</summary>
internal static class CronSpecGen
{
    public static Gen<CronItem> Item(int min, int max, int minStep = 1) => Gen.Frequency(
        (1, Gen.Const(new CronItem(CronItemKind.Star))),
        (4, Gen.Int[min, max].Select(v => new CronItem(CronItemKind.Value, v))),
        (2, from a in Gen.Int[min, max] from b in Gen.Int[a, max] select new CronItem(CronItemKind.Range, a, b)),
        (2, from a in Gen.Int[min, max] from s in Gen.Int[minStep, max - min + 1] select new CronItem(CronItemKind.StartStep, a, 0, s)),
        (1, from a in Gen.Int[min, max] from b in Gen.Int[a, max] from s in Gen.Int[minStep, max - min + 1] select new CronItem(CronItemKind.RangeStep, a, b, s)),
        (1, Gen.Int[minStep, max - min + 1].Select(s => new CronItem(CronItemKind.StarStep, 0, 0, s))));

    /// <summary>Minutes that mostly keep 5 minutes apart: single values and steps of 5 or more.</summary>
    public static Gen<CronItem> MinuteItem { get; } = Gen.Frequency(
        (4, Gen.Int[0, 59].Select(v => new CronItem(CronItemKind.Value, v))),
        (2, from a in Gen.Int[0, 59] from s in Gen.Int[5, 60] select new CronItem(CronItemKind.StartStep, a, 0, s)),
        (1, Gen.Int[5, 60].Select(s => new CronItem(CronItemKind.StarStep, 0, 0, s))));

    public static Gen<DayOfMonthItem> DayOfMonthItem { get; } = Gen.Frequency(
        (4, Item(1, 31).Select(item => new DayOfMonthItem(item))),
        (1, Gen.Const(new DayOfMonthItem(null, "L"))),
        (1, Gen.Const(new DayOfMonthItem(null, "LW"))),
        (2, Gen.Int[1, 31].Select(day => new DayOfMonthItem(null, "W", day))));

    public static Gen<DayOfWeekSpec> DayOfWeek { get; } = Gen.Frequency(
        (3, Item(1, 7).List[1, 2].Select(items => new DayOfWeekSpec(items))),
        (1, Gen.Const(new DayOfWeekSpec(null, "L"))),
        (2, Gen.Int[1, 7].Select(weekday => new DayOfWeekSpec(null, "nL", weekday))),
        (3, from weekday in Gen.Int[1, 7] from nth in Gen.Int[1, 5] select new DayOfWeekSpec(null, "#", weekday, nth)));

    /// <summary>Years mostly unrestricted; otherwise a few within the coming decades so that something still runs.</summary>
    public static Gen<IReadOnlyList<CronItem>> Years { get; } = Gen.Frequency(
        (6, Gen.Const<IReadOnlyList<CronItem>>([new CronItem(CronItemKind.Star)])),
        (1, Item(2020, 2080).List[1, 2].Select(items => (IReadOnlyList<CronItem>)items)));

    /// <summary>Whole expressions; hours come from <c>firstHour</c>-<c>lastHour</c> so a property can keep clear of the hours when clocks change.</summary>
    public static Gen<CronSpec> Spec(int firstHour = 0, int lastHour = 23) =>
        from second in Gen.Frequency((3, Gen.Const((int?)null)), (1, Gen.Int[0, 59].Select(s => (int?)s)))
        from minutes in MinuteItem.List[1, 2]
        from hours in Item(firstHour, lastHour).List[1, 2]
        from byDayOfMonth in Gen.Bool
        from dayOfMonth in DayOfMonthItem.List[1, 2]
        from months in Gen.Frequency((2, Gen.Const<List<CronItem>>([new CronItem(CronItemKind.Star)])), (1, Item(1, 12).List[1, 2]))
        from dayOfWeek in DayOfWeek
        from years in Years
        from names in Gen.Bool
        select new CronSpec(second, minutes, hours, byDayOfMonth ? dayOfMonth : null, months, byDayOfMonth ? null : dayOfWeek, years, names);

    /// <summary>An instant between 2000 and 2100, sometimes with a fraction of a second.</summary>
    public static Gen<DateTimeOffset> After { get; } =
        from seconds in Gen.Long[946_684_800L, 4_102_444_800L]
        from fraction in Gen.Frequency((3, Gen.Const(0L)), (1, Gen.Long[1, TimeSpan.TicksPerSecond - 1]))
        select DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(fraction);

    public static Gen<string> Zone { get; } = Gen.OneOf(
        "UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Chatham");
}
