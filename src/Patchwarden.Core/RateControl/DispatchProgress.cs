namespace Patchwarden.Core.RateControl;

/// <summary>Where one task execution stands: how many targets wait, run, and have finished well or badly.</summary>
/// <remarks>
/// <see cref="Failed"/> holds what counts against <c>MaxErrors</c>: failed invocations and ones that timed out while
/// running. <see cref="Succeeded"/> holds every other finished invocation, including ones that never reached an offline
/// instance before the cutoff and cancelled ones: the proven model does not count delivery time-outs as errors.
/// </remarks>
public readonly record struct DispatchProgress
{
    public DispatchProgress(int notStarted, int inFlight, int succeeded, int failed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(notStarted);
        ArgumentOutOfRangeException.ThrowIfNegative(inFlight);
        ArgumentOutOfRangeException.ThrowIfNegative(succeeded);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        if ((long)notStarted + inFlight + succeeded + failed > int.MaxValue)
        {
            throw new ArgumentException("The counts add up to more targets than an int holds.");
        }

        NotStarted = notStarted;
        InFlight = inFlight;
        Succeeded = succeeded;
        Failed = failed;
    }

    /// <summary>Targets not dispatched yet.</summary>
    public int NotStarted { get; }

    /// <summary>Invocations dispatched and not finished.</summary>
    public int InFlight { get; }

    /// <summary>Invocations finished without counting as an error.</summary>
    public int Succeeded { get; }

    /// <summary>Invocations that count against <c>MaxErrors</c>.</summary>
    public int Failed { get; }

    public int Finished => Succeeded + Failed;

    public int Total => NotStarted + InFlight + Succeeded + Failed;

    /// <summary>An execution over <paramref name="targetCount"/> targets before anything has started.</summary>
    public static DispatchProgress Start(int targetCount) => new(targetCount, 0, 0, 0);

    /// <summary>After <paramref name="count"/> more invocations were dispatched.</summary>
    public DispatchProgress AfterStart(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, NotStarted);
        return new(NotStarted - count, InFlight + count, Succeeded, Failed);
    }

    /// <summary>After one in-flight invocation finished without an error.</summary>
    public DispatchProgress AfterSuccess()
    {
        ArgumentOutOfRangeException.ThrowIfZero(InFlight);
        return new(NotStarted, InFlight - 1, Succeeded + 1, Failed);
    }

    /// <summary>After one in-flight invocation failed or timed out.</summary>
    public DispatchProgress AfterFailure()
    {
        ArgumentOutOfRangeException.ThrowIfZero(InFlight);
        return new(NotStarted, InFlight - 1, Succeeded, Failed + 1);
    }
}
