using System.Globalization;
using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>Builds schedules from text and lists their runs as ISO-8601 strings with offset, so tests read like the CLI's output.</summary>
internal static class Occurrences
{
    public const string IsoFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static Schedule Schedule(string expression, string? timezone = null, int? offset = null, string? start = null, string? end = null)
    {
        var result = Core.Schedules.Schedule.Create(new ScheduleDefinition
        {
            Schedule = expression,
            ScheduleTimezone = timezone,
            ScheduleOffset = offset,
            StartDate = start is null ? null : Instant(start),
            EndDate = end is null ? null : Instant(end),
        });
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value;
    }

    public static string[] Next(string expression, string after, int count, string? timezone = null, int? offset = null, string? start = null, string? end = null, string? anchor = null) =>
        Format(Schedule(expression, timezone, offset, start, end).NextOccurrences(Instant(after), count, anchor is null ? null : Instant(anchor)));

    public static string[] Format(IEnumerable<DateTimeOffset> occurrences) =>
        [.. occurrences.Select(o => o.ToString(IsoFormat, CultureInfo.InvariantCulture))];

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Splits a space-separated list of expected instants, the compact way tables spell them.</summary>
    public static string[] List(string spaceSeparated) => spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
