namespace Patchwarden.Server.Agents;

/// <summary>The body of <c>POST /api/v1/agent/heartbeat</c> (may be empty).</summary>
public sealed record HeartbeatRequest
{
    public string? AgentVersion { get; init; }
}

/// <summary>The answer to a heartbeat: the server's clock and how often to heartbeat.</summary>
public sealed record HeartbeatResponse(DateTimeOffset ServerTime, int HeartbeatIntervalSeconds);
