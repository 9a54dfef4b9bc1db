using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Schedules;

/// <summary>Parses the inside of <c>cron(...)</c>: six fields, or seven with leading seconds; reports every field's problem.</summary>
internal static class CronExpressionParser
{
    public const string FieldPrefix = ScheduleExpression.Field + ".cron";

    public static Result<ScheduleExpression> Parse(string text, string inner)
    {
        var fields = inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (6 or 7))
        {
            return Result<ScheduleExpression>.Failure(FieldPrefix,
                $"has {fields.Length} fields; expected 6 (minutes hours day-of-month month day-of-week year) or 7 with leading seconds");
        }

        var errors = new ValidationResult();
        var hasSeconds = fields.Length == 7;
        var at = hasSeconds ? 1 : 0;
        var seconds = hasSeconds ? Plain(fields[0], CronField.Seconds, errors) : new BitSet256(1, 0, 0, 0);
        var minutes = Plain(fields[at], CronField.Minutes, errors);
        var hours = Plain(fields[at + 1], CronField.Hours, errors);
        var dayOfMonthText = fields[at + 2];
        var dayOfMonth = ParseDayOfMonth(dayOfMonthText, errors);
        var months = Plain(fields[at + 3], CronField.Month, errors);
        var dayOfWeekText = fields[at + 4];
        var dayOfWeek = ParseDayOfWeek(dayOfWeekText, errors);
        var years = Plain(fields[at + 5], CronField.Year, errors);
        if (!errors.Errors.Any(e => e.Field == CronField.DayOfMonth.Path || e.Field == CronField.DayOfWeek.Path))
        {
            // Only meaningful once both day fields are themselves valid.
            CheckExactlyOneUnspecified(dayOfMonthText, dayOfWeekText, errors);
        }

        if (!errors.IsValid)
        {
            return Result<ScheduleExpression>.Failure(errors.Errors);
        }

        var cron = new CronExpression(text, hasSeconds, seconds.W0, minutes.W0, hours.W0, months.W0, years, dayOfMonth, dayOfWeek);
        var gap = CronFrequency.ShortestGapBelowMinimum(cron);
        return gap is { } tooShort
            ? Result<ScheduleExpression>.Failure(ScheduleExpression.Field,
                $"{text} fires more often than every {Describe(ScheduleLimits.MinimumInterval)}: two runs can be {Describe(tooShort)} apart")
            : Result<ScheduleExpression>.Success(cron);
    }

    private static BitSet256 Plain(string text, CronField field, ValidationResult errors)
    {
        var error = CronFieldParser.ParseList(text, field, out var values);
        if (error is not null)
        {
            errors.Add(field.Path, error);
        }

        return values;
    }

    private static DayOfMonthRule ParseDayOfMonth(string text, ValidationResult errors)
    {
        if (text == "?")
        {
            return DayOfMonthRule.Any;
        }

        var field = CronField.DayOfMonth;
        BitSet256 days = default;
        var lastDay = false;
        var lastWeekday = false;
        BitSet256 nearest = default;
        foreach (var item in text.Split(','))
        {
            var upper = item.ToUpperInvariant();
            string? error = null;
            if (upper == "L")
            {
                lastDay = true;
            }
            else if (upper == "LW")
            {
                lastWeekday = true;
            }
            else if (upper.Length > 1 && upper[^1] == 'W')
            {
                if (field.TryParseValue(upper.AsSpan(0, upper.Length - 1), out var day))
                {
                    nearest = nearest.With(day);
                }
                else
                {
                    error = $"'{item}': W needs a day 1-31 before it (e.g. 15W) or L (LW)";
                }
            }
            else if (upper.Contains('L', StringComparison.Ordinal) || upper.Contains('W', StringComparison.Ordinal))
            {
                error = field.NotAValue(item);
            }
            else
            {
                error = CronFieldParser.AddItem(item, field, ref days);
            }

            if (error is not null)
            {
                errors.Add(field.Path, error);
                return DayOfMonthRule.Any;
            }
        }

        return new DayOfMonthRule(false, (uint)days.W0, lastDay, lastWeekday, (uint)nearest.W0);
    }

    private static DayOfWeekRule ParseDayOfWeek(string text, ValidationResult errors)
    {
        if (text == "?")
        {
            return DayOfWeekRule.Any;
        }

        var field = CronField.DayOfWeek;
        var items = text.Split(',');
        var upper = text.ToUpperInvariant();
        var hash = upper.IndexOf('#', StringComparison.Ordinal);
        var isLast = upper == "L" || (upper.Length > 1 && upper[^1] == 'L');
        if (items.Length > 1 && items.Any(item => item.Contains('#', StringComparison.Ordinal) || item.EndsWith('L') || item.EndsWith('l')))
        {
            errors.Add(field.Path, $"'{text}': an 'L' or '#' expression must be the only item in day-of-week (e.g. TUE#2 or 6L)");
            return DayOfWeekRule.Any;
        }

        if (hash >= 0)
        {
            if (!field.TryParseValue(upper.AsSpan(0, hash), out var weekday))
            {
                errors.Add(field.Path, field.NotAValue(text[..hash]));
                return DayOfWeekRule.Any;
            }

            var nthText = upper.AsSpan(hash + 1);
            if (nthText.Length != 1 || nthText[0] is < '1' or > '5')
            {
                errors.Add(field.Path, $"'{text}': the number after '#' must be 1-5 (the first to fifth {text[..hash]} of the month)");
                return DayOfWeekRule.Any;
            }

            return new DayOfWeekRule(false, 0, -1, (sbyte)(weekday - 1), (byte)(nthText[0] - '0'));
        }

        if (upper == "L")
        {
            // AWS: "L" alone is the last day of the week, Saturday.
            return new DayOfWeekRule(false, 1 << 6, -1, -1, 0);
        }

        if (isLast)
        {
            if (!field.TryParseValue(upper.AsSpan(0, upper.Length - 1), out var weekday))
            {
                errors.Add(field.Path, $"'{text}': L needs a day name (SUN-SAT) or number 1-7 before it (e.g. 6L, the last Friday)");
                return DayOfWeekRule.Any;
            }

            return new DayOfWeekRule(false, 0, (sbyte)(weekday - 1), -1, 0);
        }

        var error = CronFieldParser.ParseList(text, field, out var weekdays);
        if (error is not null)
        {
            errors.Add(field.Path, error);
            return DayOfWeekRule.Any;
        }

        // Cron counts SUN = 1; DayOfWeek counts Sunday = 0.
        return new DayOfWeekRule(false, (byte)(weekdays.W0 >> 1), -1, -1, 0);
    }

    private static void CheckExactlyOneUnspecified(string dayOfMonth, string dayOfWeek, ValidationResult errors)
    {
        var domUnspecified = dayOfMonth == "?";
        var dowUnspecified = dayOfWeek == "?";
        if (domUnspecified && dowUnspecified)
        {
            errors.Add(CronField.DayOfWeek.Path, "day-of-month and day-of-week are both '?'; exactly one of them must be '?'");
        }
        else if (!domUnspecified && !dowUnspecified)
        {
            var (field, other) = dayOfWeek == "*" ? (CronField.DayOfWeek, CronField.DayOfMonth) : (CronField.DayOfMonth, CronField.DayOfWeek);
            errors.Add(field.Path, $"day-of-month '{dayOfMonth}' and day-of-week '{dayOfWeek}' are both set; one of them must be '?' (use '?' in {field.Label} to run by {other.Label})");
        }
    }

    private static string Describe(TimeSpan gap)
    {
        var seconds = (int)gap.TotalSeconds;
        if (seconds % 60 == 0)
        {
            return seconds == 60 ? "1 minute" : $"{seconds / 60} minutes";
        }

        return seconds == 1 ? "1 second" : $"{seconds} seconds";
    }
}
