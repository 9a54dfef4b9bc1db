using Microsoft.Extensions.Options;
using Patchwarden.Server.Agents;

namespace Patchwarden.Server.Instances;

/// <summary>Decides when an agent counts as online, the same way for listings, filters and single instances.</summary>
public sealed class PingThreshold(IOptions<AgentOptions> options, TimeProvider time)
{
    /// <summary>Heartbeats an agent may miss before it counts as <c>ConnectionLost</c>.</summary>
    public const int MissedHeartbeats = 3;

    /// <summary>Agents last seen at or after this instant are online now.</summary>
    public DateTimeOffset OnlineSince() => time.GetUtcNow() - TimeSpan.FromSeconds(options.Value.HeartbeatIntervalSeconds * MissedHeartbeats);
}
