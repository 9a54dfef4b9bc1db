using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Schedules;

/// <summary>A parsed maintenance-window schedule expression: <c>cron(...)</c>, <c>rate(...)</c> or <c>at(...)</c>.</summary>
public abstract record ScheduleExpression
{
    /// <summary>Field path of the expression in errors, as in the maintenance window's <c>Schedule</c>.</summary>
    public const string Field = "Schedule";

    private protected ScheduleExpression(string text) => Text = text;

    /// <summary>The expression as written (trimmed).</summary>
    public string Text { get; }

    public sealed override string ToString() => Text;

    /// <summary>Parses and checks an expression; every problem comes back with the field it is in.</summary>
    public static Result<ScheduleExpression> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Result<ScheduleExpression>.Failure(Field, "is empty; expected cron(...), rate(...) or at(...)");
        }

        if (trimmed.Length > ScheduleLimits.MaxExpressionLength)
        {
            return Result<ScheduleExpression>.Failure(Field, $"is {trimmed.Length} characters long; at most {ScheduleLimits.MaxExpressionLength} are allowed");
        }

        if (TryUnwrap(trimmed, "cron", out var cron))
        {
            return CronExpressionParser.Parse(trimmed, cron);
        }

        if (TryUnwrap(trimmed, "rate", out var rate))
        {
            return RateExpression.Parse(trimmed, rate);
        }

        if (TryUnwrap(trimmed, "at", out var at))
        {
            return AtExpression.Parse(trimmed, at);
        }

        return Result<ScheduleExpression>.Failure(Field, $"'{trimmed}' is not a cron(...), rate(...) or at(...) expression");
    }

    private static bool TryUnwrap(string text, string keyword, out string inner)
    {
        var ok = text.Length > keyword.Length + 1
            && text.StartsWith(keyword, StringComparison.Ordinal)
            && text[keyword.Length] == '('
            && text[^1] == ')';
        inner = ok ? text[(keyword.Length + 1)..^1] : "";
        return ok;
    }
}
