using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Metrics;
using Patchwarden.Store;

namespace Patchwarden.Server.Agents;

/// <summary>Writes the coalesced heartbeats to the store every <c>Agents:HeartbeatFlushSeconds</c>, and once more on shutdown.</summary>
public sealed partial class HeartbeatFlusher(
    HeartbeatCoalescer coalescer,
    IPatchwardenStore store,
    IServerMetrics metrics,
    TimeProvider time,
    IOptions<AgentOptions> options,
    ILogger<HeartbeatFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.HeartbeatFlushSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync does the last flush.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Writes everything pending in one store call; on failure it stays pending for the next attempt.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = coalescer.Snapshot();
        if (batch.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await store.Instances.RecordHeartbeatsAsync(batch, cancellationToken);
            coalescer.Complete(batch);
            metrics.HeartbeatsFlushed(batch.Count, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFlushFailed(logger, e, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} heartbeats failed; they stay pending for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int count);
}
