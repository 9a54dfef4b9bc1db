using System.Collections.Frozen;

namespace Patchwarden.Core.Schedules;

/// <summary>One field of a cron expression: its name in error paths, its range, and the names it accepts.</summary>
internal sealed class CronField
{
    private readonly FrozenDictionary<string, int> _names;

    private CronField(string name, string label, int min, int max, string describe, params string[] names)
    {
        Name = name;
        Label = label;
        Min = min;
        Max = max;
        Describe = describe;
        // Names count from the field's minimum: JAN = 1, SUN = 1.
        _names = names.Select((n, i) => KeyValuePair.Create(n, min + i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static CronField Seconds { get; } = new("seconds", "seconds", 0, 59, "a number 0-59");

    public static CronField Minutes { get; } = new("minutes", "minutes", 0, 59, "a number 0-59");

    public static CronField Hours { get; } = new("hours", "hours", 0, 23, "a number 0-23");

    public static CronField DayOfMonth { get; } = new("dayOfMonth", "day-of-month", 1, 31, "a day 1-31 (or L, LW, nW)");

    public static CronField Month { get; } = new(
        "month", "month", 1, 12, "a month name (JAN-DEC) or number 1-12",
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    public static CronField DayOfWeek { get; } = new(
        "dayOfWeek", "day-of-week", 1, 7, "a day name (SUN-SAT) or number 1-7",
        "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    public static CronField Year { get; } = new("year", "year", ScheduleLimits.FirstYear, ScheduleLimits.LastYear, $"a year {ScheduleLimits.FirstYear}-{ScheduleLimits.LastYear}");

    /// <summary>Name in error paths: <c>Schedule.cron.dayOfWeek</c>.</summary>
    public string Name { get; }

    /// <summary>Name in messages: <c>day-of-week</c>.</summary>
    public string Label { get; }

    public int Min { get; }

    public int Max { get; }

    /// <summary>What a valid value looks like, for messages: <c>a day name (SUN-SAT) or number 1-7</c>.</summary>
    public string Describe { get; }

    public string Path => $"{CronExpressionParser.FieldPrefix}.{Name}";

    /// <summary>Where values sit in a <see cref="BitSet256"/>: years are stored from 1970, the rest as themselves.</summary>
    public int BitBase => Min >= 64 ? Min : 0;

    /// <summary>A number within the field's range, or one of its names (case-insensitive).</summary>
    public bool TryParseValue(ReadOnlySpan<char> token, out int value)
    {
        if (token.Length is > 0 and <= 4 && !token.ContainsAnyExceptInRange('0', '9'))
        {
            value = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            return value >= Min && value <= Max;
        }

        return _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out value);
    }

    public string NotAValue(string token) => $"'{token}' is not {Describe}";
}
