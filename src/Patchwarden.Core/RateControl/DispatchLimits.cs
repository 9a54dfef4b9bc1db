namespace Patchwarden.Core.RateControl;

/// <summary>The rate limits of one task execution, resolved against its number of targets.</summary>
public sealed record DispatchLimits
{
    /// <param name="concurrency">The most invocations in flight at once; at least 1.</param>
    /// <param name="errorThreshold">The most errors tolerated; one more stops dispatch. 0 stops at the first error.</param>
    /// <param name="slowStart">Start with one invocation and let the number in flight grow with each finished one, as the proven model does.</param>
    public DispatchLimits(int concurrency, int errorThreshold, bool slowStart = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(errorThreshold);
        Concurrency = concurrency;
        ErrorThreshold = errorThreshold;
        SlowStart = slowStart;
    }

    public int Concurrency { get; }

    public int ErrorThreshold { get; }

    /// <summary>
    /// When set, no more invocations are in flight than have finished plus one: the first target runs alone, then
    /// two more, then four, until <see cref="Concurrency"/> is reached. A bad install is caught on one machine, not fifty.
    /// </summary>
    public bool SlowStart { get; }

    /// <summary>Resolves both values against <paramref name="targetCount"/>, once, when the execution starts.</summary>
    public static DispatchLimits Resolve(MaxConcurrency maxConcurrency, MaxErrors maxErrors, int targetCount, bool slowStart = true)
    {
        ArgumentNullException.ThrowIfNull(maxConcurrency);
        ArgumentNullException.ThrowIfNull(maxErrors);
        return new(maxConcurrency.Resolve(targetCount), maxErrors.Resolve(targetCount), slowStart);
    }
}
