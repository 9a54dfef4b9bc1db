namespace Patchwarden.Core.Schedules;

/// <summary>The unit of a <c>rate(...)</c> expression.</summary>
public enum RateUnit
{
    Minutes,
    Hours,
    Days,
}
