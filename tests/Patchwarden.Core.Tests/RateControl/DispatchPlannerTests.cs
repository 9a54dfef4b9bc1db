using Patchwarden.Core.RateControl;

namespace Patchwarden.Core.Tests.RateControl;

public sealed class DispatchPlannerTests
{
    [Fact]
    public void Without_slow_start_dispatch_fills_the_concurrency_and_refills_as_invocations_finish()
    {
        var limits = new DispatchLimits(concurrency: 3, errorThreshold: 0, slowStart: false);
        var progress = DispatchProgress.Start(7);

        Assert.Equal(new DispatchDecision(3, false, null), DispatchPlanner.Decide(limits, progress));
        progress = progress.AfterStart(3);
        Assert.Equal(0, DispatchPlanner.Decide(limits, progress).StartNow);

        progress = progress.AfterSuccess();
        Assert.Equal(1, DispatchPlanner.Decide(limits, progress).StartNow);
        progress = progress.AfterSuccess().AfterSuccess();
        Assert.Equal(3, DispatchPlanner.Decide(limits, progress).StartNow);
        progress = progress.AfterStart(3).AfterSuccess().AfterSuccess().AfterSuccess();

        // One target left: never more than what is waiting.
        Assert.Equal(1, DispatchPlanner.Decide(limits, progress).StartNow);
        progress = progress.AfterStart(1).AfterSuccess();
        Assert.Equal(new DispatchDecision(0, false, null), DispatchPlanner.Decide(limits, progress));
        Assert.Equal(7, progress.Succeeded);
    }

    // The proven model sends to one target, waits for it, then to two more, growing until MaxConcurrency.
    [Fact]
    public void Slow_start_runs_one_target_first_and_doubles_with_each_wave()
    {
        var limits = new DispatchLimits(concurrency: 10, errorThreshold: 0);
        var progress = DispatchProgress.Start(30);
        var waves = new List<int>();

        while (DispatchPlanner.Decide(limits, progress).StartNow is var start and > 0)
        {
            waves.Add(start);
            progress = progress.AfterStart(start);
            for (var i = 0; i < start; i++)
            {
                progress = progress.AfterSuccess();
            }
        }

        Assert.Equal([1, 2, 4, 8, 10, 5], waves);
        Assert.Equal(30, progress.Succeeded);
    }

    [Fact]
    public void Slow_start_grows_by_one_for_each_invocation_that_finishes()
    {
        var limits = new DispatchLimits(concurrency: 10, errorThreshold: 5);
        var progress = DispatchProgress.Start(100).AfterStart(1).AfterSuccess().AfterStart(2);

        Assert.Equal(0, DispatchPlanner.Decide(limits, progress).StartNow);
        progress = progress.AfterFailure();
        Assert.Equal(2, DispatchPlanner.Decide(limits, progress).StartNow); // 2 finished: up to 3 in flight, 1 is.
    }

    [Fact]
    public void Max_errors_3_stops_dispatch_at_the_fourth_error_and_lets_in_flight_invocations_finish()
    {
        var limits = new DispatchLimits(concurrency: 5, errorThreshold: 3, slowStart: false);
        var progress = DispatchProgress.Start(20).AfterStart(5);

        progress = progress.AfterFailure().AfterFailure().AfterFailure();
        Assert.Equal(new DispatchDecision(3, false, null), DispatchPlanner.Decide(limits, progress));
        progress = progress.AfterStart(3);

        progress = progress.AfterFailure();
        var stopped = DispatchPlanner.Decide(limits, progress);
        Assert.True(stopped.Stop);
        Assert.Equal(0, stopped.StartNow);
        Assert.Equal("4 errors exceed MaxErrors, which allows 3 for 20 targets; no further invocations start", stopped.Reason);
        Assert.Equal(12, DispatchPlanner.CountNotStarted(limits, progress));

        // In-flight invocations finish (and may fail too); dispatch stays stopped even when they succeed.
        progress = progress.AfterSuccess().AfterFailure().AfterSuccess().AfterSuccess();
        Assert.Equal(0, progress.InFlight);
        Assert.True(DispatchPlanner.Decide(limits, progress).Stop);
        Assert.Equal(5, progress.Failed);
        Assert.Equal(12, DispatchPlanner.CountNotStarted(limits, progress));
    }

    [Fact]
    public void Max_errors_0_stops_at_the_first_error()
    {
        var limits = DispatchLimits.Resolve(MaxConcurrency.Count(2), MaxErrors.Count(0), 10, slowStart: false);
        var progress = DispatchProgress.Start(10).AfterStart(2).AfterSuccess();
        Assert.Equal(1, DispatchPlanner.Decide(limits, progress).StartNow);
        Assert.Equal(0, DispatchPlanner.CountNotStarted(limits, progress));

        progress = progress.AfterStart(1).AfterFailure();

        Assert.True(DispatchPlanner.Decide(limits, progress).Stop);
        Assert.Equal(7, DispatchPlanner.CountNotStarted(limits, progress));
    }

    [Fact]
    public void With_slow_start_and_max_errors_0_a_failing_task_runs_on_a_single_target()
    {
        var limits = DispatchLimits.Resolve(MaxConcurrency.Percent(100), MaxErrors.Count(0), 500);
        var progress = DispatchProgress.Start(500);

        Assert.Equal(1, DispatchPlanner.Decide(limits, progress).StartNow);
        progress = progress.AfterStart(1).AfterFailure();

        Assert.True(DispatchPlanner.Decide(limits, progress).Stop);
        Assert.Equal(499, DispatchPlanner.CountNotStarted(limits, progress));
    }

    // "If you send a command to 50 instances and set max-errors to 10%, the system stops sending the command to
    // additional instances when the sixth error is received."
    [Fact]
    public void Ten_percent_of_50_targets_stops_at_the_sixth_error()
    {
        var limits = DispatchLimits.Resolve(MaxConcurrency.Count(1), MaxErrors.Percent(10), 50);
        var progress = DispatchProgress.Start(50);
        var errorsWhenStopped = 0;

        while (DispatchPlanner.Decide(limits, progress) is var decision && !decision.Stop)
        {
            Assert.Equal(1, decision.StartNow);
            progress = progress.AfterStart(1).AfterFailure();
            errorsWhenStopped = progress.Failed;
        }

        Assert.Equal(6, errorsWhenStopped);
        Assert.Equal(44, DispatchPlanner.CountNotStarted(limits, progress));
    }

    [Fact]
    public void One_hundred_percent_concurrency_without_slow_start_starts_every_target_at_once()
    {
        var limits = DispatchLimits.Resolve(MaxConcurrency.Percent(100), MaxErrors.Count(0), 101, slowStart: false);

        Assert.Equal(101, DispatchPlanner.Decide(limits, DispatchProgress.Start(101)).StartNow);
    }

    [Fact]
    public void One_hundred_percent_max_errors_never_stops()
    {
        var limits = DispatchLimits.Resolve(MaxConcurrency.Count(4), MaxErrors.Percent(100), 12, slowStart: false);
        var progress = DispatchProgress.Start(12);

        while (DispatchPlanner.Decide(limits, progress) is { StartNow: > 0 } decision)
        {
            Assert.False(decision.Stop);
            progress = progress.AfterStart(decision.StartNow);
            while (progress.InFlight > 0)
            {
                progress = progress.AfterFailure();
            }
        }

        Assert.Equal(12, progress.Failed);
        Assert.False(DispatchPlanner.Decide(limits, progress).Stop);
    }

    [Fact]
    public void An_execution_without_targets_starts_nothing_and_does_not_stop()
    {
        var limits = DispatchLimits.Resolve(MaxConcurrency.Percent(10), MaxErrors.Percent(10), 0);

        Assert.Equal(new DispatchDecision(0, false, null), DispatchPlanner.Decide(limits, DispatchProgress.Start(0)));
        Assert.Equal(1, limits.Concurrency);
        Assert.Equal(0, limits.ErrorThreshold);
    }

    [Fact]
    public void Limits_and_progress_refuse_impossible_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DispatchLimits(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DispatchLimits(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DispatchProgress(-1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DispatchProgress.Start(2).AfterStart(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => DispatchProgress.Start(2).AfterSuccess());
        Assert.Throws<ArgumentException>(() => new DispatchProgress(int.MaxValue, 1, 0, 0));
    }
}
