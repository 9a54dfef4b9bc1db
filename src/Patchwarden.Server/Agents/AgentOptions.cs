using System.ComponentModel.DataAnnotations;

namespace Patchwarden.Server.Agents;

/// <summary>Agent-facing settings (configuration section <c>Agents</c>).</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agents";

    /// <summary>How often agents are told to heartbeat.</summary>
    [Range(5, 3600)]
    public int HeartbeatIntervalSeconds { get; set; } = 60;

    /// <summary>How often coalesced last-seen times are written to the store in one batch.</summary>
    [Range(1, 300)]
    public int HeartbeatFlushSeconds { get; set; } = 5;

    /// <summary>Registrations allowed per client address per <see cref="RegistrationWindowSeconds"/>; more answer 429.</summary>
    [Range(1, 1_000_000)]
    public int RegistrationPermitLimit { get; set; } = 30;

    [Range(1, 3600)]
    public int RegistrationWindowSeconds { get; set; } = 60;
}
