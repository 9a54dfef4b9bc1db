namespace Patchwarden.Core.Schedules;

/// <summary>A schedule as a user writes it on a maintenance window, before validation; property names are the field names in errors.</summary>
public sealed record ScheduleDefinition
{
    /// <summary><c>cron(...)</c>, <c>rate(...)</c> or <c>at(...)</c>.</summary>
    public required string Schedule { get; init; }

    /// <summary>IANA time zone id; UTC when absent.</summary>
    public string? ScheduleTimezone { get; init; }

    /// <summary>Days (1-6) to wait after each cron time before running: "Patch Tuesday + N". Cron only.</summary>
    public int? ScheduleOffset { get; init; }

    /// <summary>No run before this instant.</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>No run after this instant.</summary>
    public DateTimeOffset? EndDate { get; init; }
}
