namespace Patchwarden.Agent.Reboot;

/// <summary>A boot time given by the caller (tests, or an agent that learned it elsewhere).</summary>
public sealed class FixedBootTime(DateTimeOffset? bootTime) : IBootTime
{
    public DateTimeOffset? Read() => bootTime;
}
