using System.Globalization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Schedules;

/// <summary>A parsed <c>rate(N unit)</c> expression: runs every fixed interval of elapsed time, counted from an anchor.</summary>
public sealed record RateExpression : ScheduleExpression
{
    public const string FieldPrefix = Field + ".rate";

    private RateExpression(string text, int value, RateUnit unit)
        : base(text)
    {
        Value = value;
        Unit = unit;
    }

    public int Value { get; }

    public RateUnit Unit { get; }

    /// <summary>Elapsed time between runs; a day is 24 hours, whatever DST does to the wall clock.</summary>
    public TimeSpan Interval => Unit switch
    {
        RateUnit.Minutes => TimeSpan.FromMinutes(Value),
        RateUnit.Hours => TimeSpan.FromHours(Value),
        _ => TimeSpan.FromDays(Value),
    };

    internal static Result<ScheduleExpression> Parse(string text, string inner)
    {
        var parts = inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return Result<ScheduleExpression>.Failure(FieldPrefix, $"'{text}' is not rate(value unit), e.g. rate(30 minutes) or rate(1 day)");
        }

        var (valueText, unitText) = (parts[0], parts[1]);
        if (valueText.Length > 9 || valueText.AsSpan().ContainsAnyExceptInRange('0', '9') || int.Parse(valueText, CultureInfo.InvariantCulture) < 1)
        {
            return Result<ScheduleExpression>.Failure($"{FieldPrefix}.value", $"'{valueText}' is not a whole number of at least 1");
        }

        var value = int.Parse(valueText, CultureInfo.InvariantCulture);
        var (unit, singular) = unitText switch
        {
            "minute" => (RateUnit.Minutes, true),
            "minutes" => (RateUnit.Minutes, false),
            "hour" => (RateUnit.Hours, true),
            "hours" => (RateUnit.Hours, false),
            "day" => (RateUnit.Days, true),
            "days" => (RateUnit.Days, false),
            _ => ((RateUnit?)null, false),
        };
        if (unit is not { } known)
        {
            return Result<ScheduleExpression>.Failure($"{FieldPrefix}.unit", $"'{unitText}' is not a unit; use minute(s), hour(s) or day(s)");
        }

        // AWS insists: singular exactly when the value is 1.
        if (singular != (value == 1))
        {
            var fixedUnit = singular ? unitText + "s" : unitText[..^1];
            return Result<ScheduleExpression>.Failure($"{FieldPrefix}.unit",
                $"'{unitText}' must be {(value == 1 ? "singular" : "plural")} when the value is {value}: rate({value} {fixedUnit})");
        }

        // In minutes and as a long, so that huge values are refused rather than overflowing a TimeSpan.
        var minutes = known switch
        {
            RateUnit.Minutes => value,
            RateUnit.Hours => value * 60L,
            _ => value * 1440L,
        };
        var minimum = (long)ScheduleLimits.MinimumInterval.TotalMinutes;
        if (minutes < minimum)
        {
            return Result<ScheduleExpression>.Failure(Field, $"{text} fires more often than every {minimum} minutes; the shortest allowed is rate({minimum} minutes)");
        }

        if (minutes > (long)ScheduleLimits.MaximumRateInterval.TotalMinutes)
        {
            return Result<ScheduleExpression>.Failure($"{FieldPrefix}.value", $"{value} {unitText} is longer than the longest allowed interval, {(long)ScheduleLimits.MaximumRateInterval.TotalDays} days");
        }

        var rate = new RateExpression(text, value, known);
        return Result<ScheduleExpression>.Success(rate);
    }
}
