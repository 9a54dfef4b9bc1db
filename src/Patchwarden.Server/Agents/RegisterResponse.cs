namespace Patchwarden.Server.Agents;

/// <summary>The answer to a registration: the instance id and the instance token (shown once; the agent keeps it, mode 0600).</summary>
public sealed record RegisterResponse(
    string InstanceId,
    string InstanceToken,
    string Account,
    IReadOnlyDictionary<string, string> Tags,
    int HeartbeatIntervalSeconds);
