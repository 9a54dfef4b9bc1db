using System.Diagnostics.CodeAnalysis;

namespace Patchwarden.Core.Schedules;

/// <summary>Looks up the IANA time zones schedules are written in.</summary>
public static class ScheduleTimeZones
{
    public const string DefaultId = "UTC";

    /// <summary>Finds an IANA zone such as <c>Europe/Berlin</c>; Windows names and unknown ids are refused.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || id.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var found = TimeZoneInfo.FindSystemTimeZoneById(id);
            if (found.HasIanaId)
            {
                zone = found;
            }
        }
        catch (TimeZoneNotFoundException)
        {
        }
        catch (InvalidTimeZoneException)
        {
        }

        return zone is not null;
    }
}
