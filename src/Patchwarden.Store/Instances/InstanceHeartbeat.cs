namespace Patchwarden.Store.Instances;

/// <summary>The latest time an agent was heard from, as coalesced in memory by the server.</summary>
public readonly record struct InstanceHeartbeat(string InstanceId, DateTimeOffset SeenAt);
