using System.Globalization;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>One plain item of a cron field (<c>*</c>, <c>n</c>, <c>a-b</c>, <c>a/s</c>, <c>a-b/s</c>, <c>*/s</c>), as the property tests generate it.</summary>
internal sealed record CronItem(CronItemKind Kind, int A = 0, int B = 0, int Step = 1)
{
    public IEnumerable<int> Values(int min, int max) => Kind switch
    {
        CronItemKind.Star => Enumerable.Range(min, max - min + 1),
        CronItemKind.Value => [A],
        CronItemKind.Range => Enumerable.Range(A, B - A + 1),
        CronItemKind.StartStep => Stepped(A, max, Step),
        CronItemKind.RangeStep => Stepped(A, B, Step),
        _ => Stepped(min, max, Step),
    };

    public string Render(Func<int, string> name) => Kind switch
    {
        CronItemKind.Star => "*",
        CronItemKind.Value => name(A),
        CronItemKind.Range => $"{name(A)}-{name(B)}",
        CronItemKind.StartStep => $"{name(A)}/{Step}",
        CronItemKind.RangeStep => $"{name(A)}-{name(B)}/{Step}",
        _ => $"*/{Step}",
    };

    private static IEnumerable<int> Stepped(int from, int to, int step)
    {
        for (var value = from; value <= to; value += step)
        {
            yield return value;
        }
    }
}

internal enum CronItemKind
{
    Star,
    Value,
    Range,
    StartStep,
    RangeStep,
    StarStep,
}

/// <summary>A day-of-month item: plain, <c>L</c>, <c>LW</c> or <c>nW</c>.</summary>
internal sealed record DayOfMonthItem(CronItem? Plain, string? Special = null, int Day = 0)
{
    public string Render() => Plain?.Render(Number) ?? (Special == "W" ? $"{Day}W" : Special!);

    /// <summary>Written from the definitions (last day, nearest weekday by distance), not from the engine's shortcuts.</summary>
    public bool Matches(DateTime date)
    {
        var daysInMonth = DateTime.DaysInMonth(date.Year, date.Month);
        return Special switch
        {
            "L" => date.Day == daysInMonth,
            "LW" => IsWeekday(date) && Enumerable.Range(date.Day + 1, daysInMonth - date.Day).All(d => !IsWeekday(date.AddDays(d - date.Day))),
            "W" => Day <= daysInMonth && date.Day == Enumerable.Range(1, daysInMonth)
                .Where(d => IsWeekday(new DateTime(date.Year, date.Month, d)))
                .MinBy(d => Math.Abs(d - Day)),
            _ => Plain!.Values(1, 31).Contains(date.Day),
        };
    }

    private static bool IsWeekday(DateTime date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The day-of-week field: plain items, <c>L</c>, <c>nL</c> or <c>n#k</c> (values 1-7 = SUN-SAT).</summary>
internal sealed record DayOfWeekSpec(IReadOnlyList<CronItem>? Plain, string? Special = null, int Weekday = 0, int Nth = 0)
{
    public string Render(bool names) => Special switch
    {
        "L" => "L",
        "nL" => $"{Name(Weekday, names)}L",
        "#" => $"{Name(Weekday, names)}#{Nth}",
        _ => string.Join(',', Plain!.Select(item => item.Render(v => Name(v, names)))),
    };

    public bool Matches(DateTime date)
    {
        var weekday = (int)date.DayOfWeek + 1;
        return Special switch
        {
            "L" => weekday == 7,
            "nL" => weekday == Weekday && date.Day + 7 > DateTime.DaysInMonth(date.Year, date.Month),
            "#" => weekday == Weekday && ((date.Day - 1) / 7) + 1 == Nth,
            _ => Plain!.Any(item => item.Values(1, 7).Contains(weekday)),
        };
    }

    private static string Name(int value, bool names) =>
        names ? CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames[value - 1].ToUpperInvariant() : value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A generated cron expression in structured form: renders itself as text and matches wall-clock times by the rules' definitions.</summary>
internal sealed record CronSpec(
    int? Second,
    IReadOnlyList<CronItem> Minutes,
    IReadOnlyList<CronItem> Hours,
    IReadOnlyList<DayOfMonthItem>? DayOfMonth,
    IReadOnlyList<CronItem> Months,
    DayOfWeekSpec? DayOfWeek,
    IReadOnlyList<CronItem> Years,
    bool Names)
{
    public string Text
    {
        get
        {
            var fields = new List<string>();
            if (Second is { } second)
            {
                fields.Add(second.ToString(CultureInfo.InvariantCulture));
            }

            fields.Add(Render(Minutes, Number));
            fields.Add(Render(Hours, Number));
            fields.Add(DayOfMonth is null ? "?" : string.Join(',', DayOfMonth.Select(item => item.Render())));
            fields.Add(Render(Months, v => Names ? CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[v - 1].ToUpperInvariant() : Number(v)));
            fields.Add(DayOfWeek is null ? "?" : DayOfWeek.Render(Names));
            fields.Add(Render(Years, Number));
            return $"cron({string.Join(' ', fields)})";
        }
    }

    public IReadOnlySet<int> SecondValues => new HashSet<int>([Second ?? 0]);

    public IReadOnlySet<int> MinuteValues => Set(Minutes, 0, 59);

    public IReadOnlySet<int> HourValues => Set(Hours, 0, 23);

    public bool MatchesDate(DateTime date) =>
        Set(Years, 1970, 2199).Contains(date.Year)
        && Set(Months, 1, 12).Contains(date.Month)
        && (DayOfMonth is null ? DayOfWeek!.Matches(date) : DayOfMonth.Any(item => item.Matches(date)));

    public bool Matches(DateTime wallTime) =>
        wallTime.Ticks % TimeSpan.TicksPerSecond == 0
        && SecondValues.Contains(wallTime.Second)
        && MinuteValues.Contains(wallTime.Minute)
        && HourValues.Contains(wallTime.Hour)
        && MatchesDate(wallTime.Date);

    public override string ToString() => Text;

    private static HashSet<int> Set(IEnumerable<CronItem> items, int min, int max) => [.. items.SelectMany(item => item.Values(min, max))];

    private static string Render(IEnumerable<CronItem> items, Func<int, string> name) => string.Join(',', items.Select(item => item.Render(name)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
