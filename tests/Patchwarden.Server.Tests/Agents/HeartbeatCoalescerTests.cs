using Patchwarden.Server.Agents;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Tests.Agents;

public sealed class HeartbeatCoalescerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_latest_heartbeat_of_an_instance_wins_whatever_the_order()
    {
        var coalescer = new HeartbeatCoalescer();

        coalescer.Record("mi-00000000000000001", T0.AddSeconds(30));
        coalescer.Record("mi-00000000000000001", T0);
        coalescer.Record("mi-00000000000000002", T0);

        Assert.Equal(
            [new InstanceHeartbeat("mi-00000000000000001", T0.AddSeconds(30)), new InstanceHeartbeat("mi-00000000000000002", T0)],
            coalescer.Snapshot().OrderBy(h => h.InstanceId, StringComparer.Ordinal));
    }

    [Fact]
    public void A_heartbeat_that_arrives_during_a_flush_stays_pending()
    {
        var coalescer = new HeartbeatCoalescer();
        coalescer.Record("mi-00000000000000001", T0);
        coalescer.Record("mi-00000000000000002", T0);
        var batch = coalescer.Snapshot();

        coalescer.Record("mi-00000000000000001", T0.AddSeconds(60)); // While the batch is being written.
        coalescer.Complete(batch);

        Assert.Equal([new InstanceHeartbeat("mi-00000000000000001", T0.AddSeconds(60))], coalescer.Snapshot());
    }

    [Fact]
    public void A_batch_that_was_not_completed_is_offered_again()
    {
        var coalescer = new HeartbeatCoalescer();
        coalescer.Record("mi-00000000000000001", T0);

        var first = coalescer.Snapshot(); // The write fails: Complete is not called.

        Assert.Equal(first, coalescer.Snapshot());
    }
}
