namespace Patchwarden.Agent.Reboot;

/// <summary>When the machine booted; injectable so tests can place the boot before or after an install.</summary>
public interface IBootTime
{
    /// <summary>The boot time, or null when it cannot be known.</summary>
    DateTimeOffset? Read();
}
