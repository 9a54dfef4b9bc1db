using BenchmarkDotNet.Attributes;
using Patchwarden.Core.Schedules;

namespace Patchwarden.Benchmarks;

/// <summary>1,000 runs of realistic maintenance-window schedules, including DST zones and a Patch Tuesday offset.</summary>
/// <remarks>dotnet run -c Release --project bench/Patchwarden.Benchmarks -- --filter '*CronOccurrences*'</remarks>
[MemoryDiagnoser]
public class CronOccurrencesBenchmark
{
    private const int Runs = 1000;

    private static readonly DateTimeOffset After = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Schedule _schedule = null!; // Set by Setup before any benchmark runs.

    public static IEnumerable<ScheduleCase> Cases { get; } =
    [
        new("PatchTuesday+3 Berlin", "cron(0 2 ? * TUE#2 *)", "Europe/Berlin", 3),
        new("Every30min NewYork", "cron(0/30 * * * ? *)", "America/New_York", null),
        new("LastFriday UTC", "cron(0 22 ? * 6L *)", "UTC", null),
        new("Nearest15W Sydney", "cron(0 3 15W * ? *)", "Australia/Sydney", null),
    ];

    [ParamsSource(nameof(Cases))]
    public ScheduleCase Case { get; set; } = Cases.First();

    [GlobalSetup]
    public void Setup() => _schedule = Schedule.Create(new ScheduleDefinition
    {
        Schedule = Case.Expression,
        ScheduleTimezone = Case.Zone,
        ScheduleOffset = Case.Offset,
    }).Value;

    [Benchmark]
    public int NextThousand() => _schedule.NextOccurrences(After, Runs).Count;

    /// <summary>One benchmarked schedule; the name is what the results table shows.</summary>
    public sealed record ScheduleCase(string Name, string Expression, string Zone, int? Offset)
    {
        public override string ToString() => Name;
    }
}
