namespace Patchwarden.Core.Schedules;

/// <summary>The bounds every schedule is checked against, in one place.</summary>
public static class ScheduleLimits
{
    /// <summary>Runs closer together than this are refused: a window needs time to do its work.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(5);

    /// <summary>Longest <c>rate(...)</c> interval; beyond it nothing would ever run within <see cref="LastYear"/>.</summary>
    public static readonly TimeSpan MaximumRateInterval = TimeSpan.FromDays(36_500);

    public const int FirstYear = 1970;

    public const int LastYear = 2199;

    public const int MinOffsetDays = 1;

    public const int MaxOffsetDays = 6;

    public const int MaxExpressionLength = 256;

    /// <summary>No occurrence is produced at or after this instant (cron offsets may carry the last runs of 2199 a few days past it in local time).</summary>
    public static readonly DateTimeOffset End = new(LastYear + 1, 1, 8, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Searches never start before this instant; no expression matches anything earlier.</summary>
    public static readonly DateTimeOffset Beginning = new(FirstYear - 1, 12, 1, 0, 0, 0, TimeSpan.Zero);
}
