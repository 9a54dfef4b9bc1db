using Patchwarden.Core.Schedules;

namespace Patchwarden.Core.Tests.Schedules;

/// <summary>Schedules that could run more often than every 5 minutes are refused, and the error says how close two runs can get.</summary>
public sealed class FrequencyLimitTests
{
    [Theory]
    [InlineData("cron(* * * * ? *)", "cron(* * * * ? *) fires more often than every 5 minutes: two runs can be 1 minute apart")]
    [InlineData("cron(0/2 * * * ? *)", "cron(0/2 * * * ? *) fires more often than every 5 minutes: two runs can be 2 minutes apart")]
    [InlineData("cron(0,4 9 * * ? *)", "cron(0,4 9 * * ? *) fires more often than every 5 minutes: two runs can be 4 minutes apart")]
    [InlineData("cron(0/7 9 * * ? *)", null)]
    [InlineData("cron(0/7 * * * ? *)", "cron(0/7 * * * ? *) fires more often than every 5 minutes: two runs can be 4 minutes apart")]
    [InlineData("cron(58 9,10 * * ? *)", null)]
    [InlineData("cron(0,30 0 12 * * ? *)", "cron(0,30 0 12 * * ? *) fires more often than every 5 minutes: two runs can be 30 seconds apart")]
    [InlineData("cron(* 0 12 * * ? *)", "cron(* 0 12 * * ? *) fires more often than every 5 minutes: two runs can be 1 second apart")]
    // Across midnight: 23:58 and 00:00 the next day, but only when two days in a row can match.
    [InlineData("cron(0,58 0,23 * * ? *)", "cron(0,58 0,23 * * ? *) fires more often than every 5 minutes: two runs can be 2 minutes apart")]
    [InlineData("cron(0,58 0,23 ? * MON-TUE *)", "cron(0,58 0,23 ? * MON-TUE *) fires more often than every 5 minutes: two runs can be 2 minutes apart")]
    [InlineData("cron(0,58 0,23 1,L * ? *)", "cron(0,58 0,23 1,L * ? *) fires more often than every 5 minutes: two runs can be 2 minutes apart")]
    [InlineData("cron(58 23 L * ? *)", null)]
    [InlineData("cron(0,58 0,23 ? * MON,WED *)", null)]
    [InlineData("cron(0,58 0,23 1,L 2 ? *)", null)]
    [InlineData("cron(0/5 * * * ? *)", null)]
    [InlineData("cron(3/5 * * * ? *)", null)]
    [InlineData("cron(0,5,10 9 * * ? *)", null)]
    [InlineData("cron(0 0/5 * * * ? *)", null)]
    [InlineData("cron(59 0/5 * * * ? *)", null)]
    public void Cron_runs_closer_than_five_minutes_are_refused(string expression, string? message)
    {
        var result = ScheduleExpression.Parse(expression);

        if (message is null)
        {
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal("Schedule", error.Field);
            Assert.Equal(message, error.Message);
        }
    }

    [Theory]
    [InlineData("rate(1 minute)", false)]
    [InlineData("rate(4 minutes)", false)]
    [InlineData("rate(5 minutes)", true)]
    [InlineData("rate(1 hour)", true)]
    [InlineData("rate(1 day)", true)]
    public void Rates_below_five_minutes_are_refused(string expression, bool accepted)
    {
        var result = ScheduleExpression.Parse(expression);

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal("Schedule", error.Field);
            Assert.Equal($"{expression} fires more often than every 5 minutes; the shortest allowed is rate(5 minutes)", error.Message);
        }
    }

    [Theory]
    [InlineData("cron(0/5 * * * ? *)", "UTC")]
    [InlineData("cron(3/5 * * * ? *)", "Europe/Berlin")]
    [InlineData("cron(0,58 0,23 ? * MON,WED *)", "UTC")]
    public void Accepted_cron_schedules_really_keep_five_minutes_apart(string expression, string zone)
    {
        // Away from DST changes, consecutive runs of an accepted expression are never closer than the limit.
        var runs = Occurrences.Schedule(expression, zone).NextOccurrences(Occurrences.Instant("2024-05-01T00:00:00Z"), 2000);

        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.Second - pair.First >= ScheduleLimits.MinimumInterval));
    }
}
