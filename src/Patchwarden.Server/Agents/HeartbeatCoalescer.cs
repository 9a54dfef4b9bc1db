using System.Collections.Concurrent;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Agents;

/// <summary>The latest heartbeat of each instance since the last flush, held in memory so thousands of heartbeats become one batch write.</summary>
public sealed class HeartbeatCoalescer
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pending = new(StringComparer.Ordinal);

    public int PendingCount => _pending.Count;

    /// <summary>Remembers that <paramref name="instanceId"/> was seen at <paramref name="seenAt"/> (a later time wins).</summary>
    public void Record(string instanceId, DateTimeOffset seenAt) =>
        _pending.AddOrUpdate(instanceId, seenAt, (_, previous) => seenAt > previous ? seenAt : previous);

    /// <summary>A snapshot of everything pending; it stays pending until <see cref="Complete"/> says it was written.</summary>
    public IReadOnlyList<InstanceHeartbeat> Snapshot() =>
        [.. _pending.Select(pair => new InstanceHeartbeat(pair.Key, pair.Value))];

    /// <summary>Drops the written heartbeats, except those that moved on meanwhile (they are written next time).</summary>
    public void Complete(IEnumerable<InstanceHeartbeat> written)
    {
        foreach (var heartbeat in written)
        {
            _pending.TryRemove(new KeyValuePair<string, DateTimeOffset>(heartbeat.InstanceId, heartbeat.SeenAt));
        }
    }
}
