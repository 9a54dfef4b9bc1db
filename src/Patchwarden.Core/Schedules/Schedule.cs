using Patchwarden.Core.Validation;

namespace Patchwarden.Core.Schedules;

/// <summary>A validated maintenance-window schedule — expression, time zone, offset and active period — that says when the window runs.</summary>
/// <remarks>Pure: it never reads the clock; callers pass the instant to look after.</remarks>
public sealed record Schedule
{
    private Schedule(ScheduleExpression expression, TimeZoneInfo timeZone, int offsetDays, DateTimeOffset? startDate, DateTimeOffset? endDate)
    {
        Expression = expression;
        TimeZone = timeZone;
        OffsetDays = offsetDays;
        StartDate = startDate;
        EndDate = endDate;
    }

    public ScheduleExpression Expression { get; }

    /// <summary>The zone cron and at() wall-clock times are read in, and occurrences are shown in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Days each cron run waits after its cron time; 0 when there is no offset.</summary>
    public int OffsetDays { get; }

    /// <summary>No run before this instant; also the anchor of a rate(...) schedule.</summary>
    public DateTimeOffset? StartDate { get; }

    /// <summary>No run after this instant.</summary>
    public DateTimeOffset? EndDate { get; }

    /// <summary>Validates a definition; every problem comes back with its field (<c>Schedule.cron.dayOfWeek</c>, <c>ScheduleTimezone</c>, ...).</summary>
    public static Result<Schedule> Create(ScheduleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new ValidationResult();
        var expression = ScheduleExpression.Parse(definition.Schedule);
        errors.AddRange(expression.Errors);

        var zone = TimeZoneInfo.Utc;
        if (definition.ScheduleTimezone is { } zoneId && !ScheduleTimeZones.TryFind(zoneId, out zone))
        {
            errors.Add(nameof(ScheduleDefinition.ScheduleTimezone), $"'{zoneId}' is not an IANA time zone id (e.g. UTC, Europe/Berlin, America/New_York)");
        }

        if (definition.ScheduleOffset is { } offset)
        {
            if (expression.IsSuccess && expression.Value is not CronExpression)
            {
                errors.Add(nameof(ScheduleDefinition.ScheduleOffset), "applies to cron(...) schedules only");
            }
            else if (offset is < ScheduleLimits.MinOffsetDays or > ScheduleLimits.MaxOffsetDays)
            {
                errors.Add(nameof(ScheduleDefinition.ScheduleOffset), $"must be {ScheduleLimits.MinOffsetDays}-{ScheduleLimits.MaxOffsetDays} days, not {offset}");
            }
        }

        if (definition is { StartDate: { } start, EndDate: { } end } && end <= start)
        {
            errors.Add(nameof(ScheduleDefinition.EndDate), $"{end:O} is not after StartDate {start:O}");
        }

        return errors.IsValid
            ? Result<Schedule>.Success(new Schedule(expression.Value, zone ?? TimeZoneInfo.Utc, definition.ScheduleOffset ?? 0, definition.StartDate, definition.EndDate))
            : Result<Schedule>.Failure(errors.Errors);
    }

    /// <summary>The next <paramref name="count"/> runs strictly after <paramref name="after"/>, in order, each with the zone's offset at that instant.</summary>
    /// <param name="after">Runs at or before this instant are left out.</param>
    /// <param name="count">How many to return at most; fewer when the schedule ends.</param>
    /// <param name="rateAnchor">Where a rate(...) schedule counts from when it has no <see cref="StartDate"/>, e.g. the window's creation time.</param>
    public IReadOnlyList<DateTimeOffset> NextOccurrences(DateTimeOffset after, int count, DateTimeOffset? rateAnchor = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. OccurrencesAfter(after, rateAnchor).Take(count)];
    }

    /// <summary>Every run strictly after <paramref name="after"/>, lazily and in order (see <see cref="NextOccurrences"/>).</summary>
    public IEnumerable<DateTimeOffset> OccurrencesAfter(DateTimeOffset after, DateTimeOffset? rateAnchor = null) => Expression switch
    {
        CronExpression cron => ScheduleOccurrences.Cron(this, cron, after),
        RateExpression rate => ScheduleOccurrences.Rate(this, rate, StartDate ?? rateAnchor
            ?? throw new ArgumentException("A rate(...) schedule without StartDate counts from an anchor such as the window's creation time; pass one.", nameof(rateAnchor)), after),
        AtExpression at => ScheduleOccurrences.At(this, at, after),
        _ => throw new InvalidOperationException($"Unknown expression type {Expression.GetType().Name}."),
    };
}
