namespace Patchwarden.Core.RateControl;

/// <summary>The dispatch rule of a task execution, asked again after every change of state.</summary>
/// <remarks>
/// Stateless on purpose: the decision follows from the counts alone, so a scheduler node that takes over an execution
/// from a dead one decides exactly as the dead one would have.
/// </remarks>
public static class DispatchPlanner
{
    public static DispatchDecision Decide(DispatchLimits limits, DispatchProgress progress)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (progress.Failed > limits.ErrorThreshold)
        {
            // Only new starts stop; what is in flight finishes, so the final error count may exceed the limit.
            return new DispatchDecision(0, Stop: true,
                $"{progress.Failed} errors exceed MaxErrors, which allows {limits.ErrorThreshold} for {progress.Total} targets; no further invocations start");
        }

        var window = limits.SlowStart
            ? (int)Math.Min(limits.Concurrency, progress.Finished + 1L)
            : limits.Concurrency;
        return new DispatchDecision(Math.Clamp(window - progress.InFlight, 0, progress.NotStarted), Stop: false, null);
    }

    /// <summary>How many targets to record as not started: all the ones still waiting once dispatch has stopped, else 0.</summary>
    public static int CountNotStarted(DispatchLimits limits, DispatchProgress progress) =>
        Decide(limits, progress).Stop ? progress.NotStarted : 0;
}
