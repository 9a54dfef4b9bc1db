using System.Globalization;
using Patchwarden.Core.Schedules;

namespace Patchwarden.Cli.Schedules;

/// <summary>Reads <c>--after</c>: an ISO-8601 instant with Z or an offset, or a wall-clock time read in the schedule's zone.</summary>
internal static class AfterInstant
{
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    private static readonly string[] WallClock = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public static DateTimeOffset Parse(string text, TimeZoneInfo zone)
    {
        if (HasOffset(text) && DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        if (!HasOffset(text)
            && DateTime.TryParseExact(text, WallClock, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallTime)
            && wallTime.Year is >= 2 and <= 9998)
        {
            return LocalTimeResolver.Resolve(wallTime, zone);
        }

        throw new UsageException($"--after must be an ISO-8601 date and time such as 2024-07-09T00:00:00Z (without an offset it is read in --timezone), not '{text}'");
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
