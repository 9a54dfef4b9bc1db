namespace Patchwarden.Core.Schedules;

/// <summary>Turns a wall-clock time in a time zone into the instant it stands for, with a deliberate rule for DST gaps and overlaps.</summary>
/// <remarks>
/// A time the clocks skip (spring forward) stands for the first valid instant after the gap, so a run planned for 02:30
/// on that night still happens once, at 03:00. A time the clocks pass twice (fall back) stands for the first, earlier instant.
/// Zones are assumed to change offset at most once within any 26 hours, which holds for every real zone since 1970.
/// </remarks>
public static class LocalTimeResolver
{
    /// <summary>Widest distance between a wall-clock time and its instant: offsets run from -12:00 to +14:00.</summary>
    private static readonly TimeSpan EarliestOffset = TimeSpan.FromHours(14);

    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(12);

    /// <summary>The instant <paramref name="wallTime"/> (its <see cref="DateTime.Kind"/> is ignored) stands for in <paramref name="zone"/>, with the zone's offset at that instant.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The wall time is in year 1 or 9999, too close to the ends of <see cref="DateTime"/>.</exception>
    public static DateTimeOffset Resolve(DateTime wallTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(wallTime.Year, 2, nameof(wallTime));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wallTime.Year, 9998, nameof(wallTime));

        // Every instant this wall time could stand for lies within [wall - 14h, wall + 12h]; the offsets at both ends tell
        // whether a transition happens in between. Two lookups by instant, instead of three by wall time, in the common case.
        var asUtc = DateTime.SpecifyKind(wallTime, DateTimeKind.Utc);
        var before = zone.GetUtcOffset(asUtc - EarliestOffset);
        var after = zone.GetUtcOffset(asUtc + LatestOffset);
        if (before == after)
        {
            return new DateTimeOffset(asUtc - before).ToOffset(before);
        }

        var withBefore = asUtc - before;
        var withAfter = asUtc - after;
        var beforeFits = zone.GetUtcOffset(withBefore) == before;
        var afterFits = zone.GetUtcOffset(withAfter) == after;
        return (beforeFits, afterFits) switch
        {
            // Fall back: both fit; the larger offset gives the earlier instant.
            (true, true) => before > after ? new DateTimeOffset(withBefore).ToOffset(before) : new DateTimeOffset(withAfter).ToOffset(after),
            (true, false) => new DateTimeOffset(withBefore).ToOffset(before),
            (false, true) => new DateTimeOffset(withAfter).ToOffset(after),
            // Spring forward: neither fits; the clocks jumped over this wall time.
            _ => FirstInstantAfterGap(withAfter.Ticks, withBefore.Ticks, before, zone),
        };
    }

    /// <summary>The instant of the jump, found by bisection: <paramref name="low"/> still has the old offset, <paramref name="high"/> the new one.</summary>
    private static DateTimeOffset FirstInstantAfterGap(long low, long high, TimeSpan oldOffset, TimeZoneInfo zone)
    {
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (zone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == oldOffset)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        var jump = new DateTime(high, DateTimeKind.Utc);
        return new DateTimeOffset(jump).ToOffset(zone.GetUtcOffset(jump));
    }
}
