namespace Patchwarden.Core.Schedules;

/// <summary>Parses the plain items of a cron field — <c>*</c>, <c>n</c>, <c>a-b</c>, each with an optional <c>/step</c> — into a set of values.</summary>
internal static class CronFieldParser
{
    /// <summary>Parses a comma-separated list of plain items; returns the first problem, or null.</summary>
    public static string? ParseList(string text, CronField field, out BitSet256 values)
    {
        values = default;
        foreach (var item in text.Split(','))
        {
            var error = AddItem(item, field, ref values);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>Adds the values of one plain item to <paramref name="values"/>; returns what is wrong with it, or null.</summary>
    public static string? AddItem(string item, CronField field, ref BitSet256 values)
    {
        if (item.Length == 0)
        {
            return "has an empty list item; separate values with single commas";
        }

        var misplaced = MisplacedSpecial(item, field);
        if (misplaced is not null)
        {
            return misplaced;
        }

        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var range = slash < 0 ? item : item[..slash];
        int start;
        int end;
        if (range == "*")
        {
            (start, end) = (field.Min, field.Max);
        }
        else if (range.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0)
        {
            var first = range[..dash];
            var last = range[(dash + 1)..];
            if (first.Length == 0 || last.Length == 0)
            {
                return $"range '{range}' needs a value on both sides of '-'";
            }

            if (!field.TryParseValue(first, out start))
            {
                return field.NotAValue(first);
            }

            if (!field.TryParseValue(last, out end))
            {
                return field.NotAValue(last);
            }

            if (start > end)
            {
                return $"range '{range}' runs backwards; write the smaller value first or list the values";
            }
        }
        else if (field.TryParseValue(range, out start))
        {
            // "a/n" runs from a to the end of the field; a lone "a" is just a.
            end = slash < 0 ? start : field.Max;
        }
        else
        {
            return range.Length == 0 ? $"'{item}' needs a value or '*' before '/'" : field.NotAValue(range);
        }

        var step = 1;
        if (slash >= 0)
        {
            var span = field.Max - field.Min + 1;
            var stepText = item[(slash + 1)..];
            if (stepText.Length is 0 or > 3 || stepText.AsSpan().ContainsAnyExceptInRange('0', '9')
                || (step = int.Parse(stepText, System.Globalization.CultureInfo.InvariantCulture)) < 1 || step > span)
            {
                return $"step in '{item}' must be a number 1-{span}";
            }
        }

        for (var value = start; value <= end; value += step)
        {
            values = values.With(value - field.BitBase);
        }

        return null;
    }

    /// <summary>Explains a special character used in a field that does not take it, rather than calling it "not a number".</summary>
    private static string? MisplacedSpecial(string item, CronField field)
    {
        var isDayOfMonth = field == CronField.DayOfMonth;
        var isDayOfWeek = field == CronField.DayOfWeek;
        if (item.Contains('?', StringComparison.Ordinal))
        {
            return isDayOfMonth || isDayOfWeek
                ? "'?' must stand alone: it means \"no value\" and takes no other items"
                : "'?' is only allowed in day-of-month or day-of-week";
        }

        if (item.Contains('#', StringComparison.Ordinal) && !isDayOfWeek)
        {
            return "'#' is only allowed in day-of-week (e.g. TUE#2)";
        }

        // Month and day names contain letters too (JUL, WED), so look only at the shapes L, LW, nL and nW.
        var upper = item.ToUpperInvariant();
        var endsInDigitThen = upper.Length >= 2 && char.IsAsciiDigit(upper[^2]);
        if (!isDayOfMonth && (upper == "LW" || (upper.EndsWith('W') && endsInDigitThen)))
        {
            return "'W' is only allowed in day-of-month (e.g. 15W, LW)";
        }

        if (!isDayOfMonth && !isDayOfWeek && (upper == "L" || (upper.EndsWith('L') && endsInDigitThen)))
        {
            return "'L' is only allowed in day-of-month or day-of-week";
        }

        return null;
    }
}
