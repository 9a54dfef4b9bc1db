using System.Globalization;
using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Schedules;

/// <summary>A parsed <c>at(yyyy-MM-ddTHH:mm:ss)</c> expression: one run, at a wall-clock time in the schedule's time zone.</summary>
public sealed record AtExpression : ScheduleExpression
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    public const string FieldPath = Field + ".at";

    private AtExpression(string text, DateTime wallTime)
        : base(text) => WallTime = wallTime;

    /// <summary>The wall-clock time of the run, in the schedule's time zone.</summary>
    public DateTime WallTime { get; }

    internal static Result<ScheduleExpression> Parse(string text, string inner)
    {
        var trimmed = inner.Trim();
        if (!DateTime.TryParseExact(trimmed, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallTime))
        {
            return Result<ScheduleExpression>.Failure(FieldPath, $"'{trimmed}' is not a date and time in the form yyyy-MM-ddTHH:mm:ss");
        }

        if (wallTime.Year is < ScheduleLimits.FirstYear or > ScheduleLimits.LastYear)
        {
            return Result<ScheduleExpression>.Failure(FieldPath, $"year {wallTime.Year} is outside {ScheduleLimits.FirstYear}-{ScheduleLimits.LastYear}");
        }

        return Result<ScheduleExpression>.Success(new AtExpression(text, wallTime));
    }
}
