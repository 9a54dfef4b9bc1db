using CsCheck;
using Patchwarden.Core.RateControl;

namespace Patchwarden.Core.Tests.RateControl;

/// <summary>Simulates whole executions with random limits and outcomes, asking the planner after every change.</summary>
public sealed class DispatchPlannerPropertyTests
{
    private static readonly Gen<MaxConcurrency> Concurrencies = Gen.OneOf(
        Gen.Int[1, 40].Select(MaxConcurrency.Count),
        Gen.Int[1, 100].Select(MaxConcurrency.Percent));

    private static readonly Gen<MaxErrors> ErrorLimits = Gen.OneOf(
        Gen.Int[0, 15].Select(MaxErrors.Count),
        Gen.Int[0, 100].Select(MaxErrors.Percent));

    private static readonly Gen<Scenario> Scenarios =
        Gen.Select(Gen.Int[0, 250], Concurrencies, ErrorLimits, Gen.Bool, Gen.Int[0, 100], Gen.Int)
            .Select((targets, concurrency, errors, slowStart, failurePercent, seed) =>
                new Scenario(targets, concurrency, errors, slowStart, failurePercent, seed));

    [Fact]
    public void In_flight_never_exceeds_the_concurrency_and_nothing_starts_after_the_stop() =>
        Scenarios.Sample(scenario =>
        {
            var limits = DispatchLimits.Resolve(scenario.Concurrency, scenario.Errors, scenario.Targets, scenario.SlowStart);
            var random = new Random(scenario.Seed);
            var progress = DispatchProgress.Start(scenario.Targets);
            var stopped = false;

            while (true)
            {
                var decision = DispatchPlanner.Decide(limits, progress);

                // Stop holds exactly when errors exceed the threshold, and once it holds it stays.
                Assert.Equal(progress.Failed > limits.ErrorThreshold, decision.Stop);
                Assert.False(stopped && !decision.Stop);
                stopped = decision.Stop;
                if (stopped)
                {
                    Assert.Equal(0, decision.StartNow);
                    Assert.NotNull(decision.Reason);
                }

                progress = progress.AfterStart(decision.StartNow);
                Assert.InRange(progress.InFlight, 0, limits.Concurrency);

                // Never stalls: while dispatch goes on and targets wait, something runs.
                Assert.False(!stopped && progress.NotStarted > 0 && progress.InFlight == 0);

                if (progress.InFlight == 0)
                {
                    break;
                }

                progress = random.Next(100) < scenario.FailurePercent ? progress.AfterFailure() : progress.AfterSuccess();
            }

            Assert.Equal(scenario.Targets, progress.Total);
            if (stopped)
            {
                // In-flight invocations may still fail after the stop, but no more than could be in flight.
                Assert.InRange(progress.Failed, limits.ErrorThreshold + 1, limits.ErrorThreshold + limits.Concurrency);
                Assert.Equal(progress.NotStarted, DispatchPlanner.CountNotStarted(limits, progress));
            }
            else
            {
                Assert.Equal(scenario.Targets, progress.Finished);
                Assert.Equal(0, DispatchPlanner.CountNotStarted(limits, progress));
            }
        }, iter: 2_000);

    [Fact]
    public void With_concurrency_1_the_final_error_count_is_at_most_one_over_the_limit() =>
        Gen.Select(Gen.Int[1, 200], ErrorLimits, Gen.Int[0, 100], Gen.Int).Sample((targets, errors, failurePercent, seed) =>
        {
            var limits = DispatchLimits.Resolve(MaxConcurrency.Count(1), errors, targets);
            var random = new Random(seed);
            var progress = DispatchProgress.Start(targets);
            while (DispatchPlanner.Decide(limits, progress).StartNow is var start and > 0)
            {
                progress = progress.AfterStart(start);
                progress = random.Next(100) < failurePercent ? progress.AfterFailure() : progress.AfterSuccess();
            }

            Assert.True(progress.Failed <= limits.ErrorThreshold + 1, $"{progress.Failed} errors with MaxErrors {errors} of {targets}");
        }, iter: 1_000);

    public sealed record Scenario(int Targets, MaxConcurrency Concurrency, MaxErrors Errors, bool SlowStart, int FailurePercent, int Seed);
}
