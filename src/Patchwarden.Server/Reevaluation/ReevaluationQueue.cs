using System.Threading.Channels;

namespace Patchwarden.Server.Reevaluation;

/// <summary>An unbounded in-process channel of re-evaluation requests, counting what is queued or in progress so callers can await idle.</summary>
/// <remarks>Requests are few (one per admin change), so unbounded is safe; the work each causes is done by the re-evaluation worker.</remarks>
public sealed class ReevaluationQueue : IReevaluationQueue
{
    private readonly Channel<ReevaluationRequest> _channel =
        Channel.CreateUnbounded<ReevaluationRequest>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _gate = new();
    private int _outstanding;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    internal ChannelReader<ReevaluationRequest> Reader => _channel.Reader;

    public void Enqueue(ReevaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (_outstanding++ == 0)
            {
                _idle = NewIdle(completed: false);
            }
        }

        if (!_channel.Writer.TryWrite(request))
        {
            // The channel is only completed at shutdown; nothing will work this request off.
            Completed(1);
        }
    }

    public Task WaitForIdleAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            idle = _idle.Task;
        }

        return idle.WaitAsync(cancellationToken);
    }

    /// <summary>The worker finished <paramref name="count"/> requests (successfully or not).</summary>
    internal void Completed(int count)
    {
        lock (_gate)
        {
            _outstanding -= count;
            if (_outstanding == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    internal void Complete() => _channel.Writer.TryComplete();

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}
