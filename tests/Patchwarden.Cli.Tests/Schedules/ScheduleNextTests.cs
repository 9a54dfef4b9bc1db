using System.Globalization;
using System.Text.Json;

namespace Patchwarden.Cli.Tests.Schedules;

/// <summary><c>patchctl schedule next</c> run in process: what it prints, and how it refuses bad input (one line on stderr, exit 2).</summary>
public sealed class ScheduleNextTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Patchctl.RunAsync(["schedule", "next", .. args], stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    [Fact]
    public async Task Patch_Tuesday_plus_three_in_Berlin_prints_numbered_instants_with_offset()
    {
        var run = await RunAsync("cron(0 2 ? * TUE#2 *)", "--timezone", "Europe/Berlin", "--offset", "3", "--after", "2024-01-01T00:00:00Z", "--count", "4");

        Assert.Equal(Patchctl.ExitOk, run.Exit);
        Assert.Equal("", run.Stderr);
        Assert.Equal(
            ["1  2024-01-12T02:00:00+01:00", "2  2024-02-16T02:00:00+01:00", "3  2024-03-15T02:00:00+01:00", "4  2024-04-12T02:00:00+02:00"],
            Lines(run.Stdout));
    }

    [Fact]
    public async Task Json_output_is_an_array_of_ISO_strings()
    {
        var run = await RunAsync("cron(0/30 * * * ? *)", "--timezone", "America/New_York", "--after", "2024-03-10T06:00:00Z", "--count", "3", "--output", "json");

        Assert.Equal(Patchctl.ExitOk, run.Exit);
        var runs = JsonSerializer.Deserialize<string[]>(run.Stdout)!;
        // 01:30 EST, then 02:00 and 02:30 do not exist: one run at 03:00 EDT.
        Assert.Equal(["2024-03-10T01:30:00-05:00", "2024-03-10T03:00:00-04:00", "2024-03-10T03:30:00-04:00"], runs);
        Assert.Contains("\"2024-03-10T03:00:00-04:00\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_output_has_an_index_and_an_occurrence_column()
    {
        var run = await RunAsync("rate(12 hours)", "--after", "2024-05-01T00:00:00Z", "--count", "2", "-o", "csv");

        Assert.Equal(Patchctl.ExitOk, run.Exit);
        Assert.Equal(["index,occurrence", "1,2024-05-01T12:00:00+00:00", "2,2024-05-02T00:00:00+00:00"], Lines(run.Stdout));
    }

    [Fact]
    public async Task Five_runs_are_printed_by_default_and_indexes_are_aligned_for_more()
    {
        var five = await RunAsync("cron(0 2 ? * TUE#2 *)", "--after", "2024-01-01T00:00:00Z");
        var twelve = await RunAsync("cron(0 2 ? * TUE#2 *)", "--after", "2024-01-01T00:00:00Z", "--count", "12");

        Assert.Equal(5, Lines(five.Stdout).Length);
        Assert.Equal(" 1  2024-01-09T02:00:00+00:00", Lines(twelve.Stdout)[0]);
        Assert.Equal("12  2024-12-10T02:00:00+00:00", Lines(twelve.Stdout)[^1]);
    }

    [Fact]
    public async Task A_thousand_runs_can_be_listed()
    {
        var run = await RunAsync("cron(0/30 * * * ? *)", "--timezone", "Europe/Berlin", "--after", "2024-03-30T00:00:00Z", "--count", "1000", "-o", "json");

        var runs = JsonSerializer.Deserialize<string[]>(run.Stdout)!;
        Assert.Equal(1000, runs.Length);
        Assert.Equal(runs.Length, runs.Distinct().Count());
    }

    [Fact]
    public async Task An_after_without_offset_is_read_in_the_time_zone()
    {
        var run = await RunAsync("cron(0 9 * * ? *)", "--timezone", "Asia/Tokyo", "--after", "2024-05-01T09:00:00", "--count", "1");

        Assert.Equal(["1  2024-05-02T09:00:00+09:00"], Lines(run.Stdout));
    }

    [Fact]
    public async Task Without_after_the_runs_start_from_now()
    {
        var before = DateTimeOffset.UtcNow;

        var run = await RunAsync("rate(5 minutes)", "--count", "1", "-o", "json");

        var first = DateTimeOffset.Parse(JsonSerializer.Deserialize<string[]>(run.Stdout)![0], CultureInfo.InvariantCulture);
        Assert.InRange(first, before, DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task A_schedule_with_nothing_left_says_so()
    {
        var table = await RunAsync("at(2024-07-09T15:55:00)", "--after", "2025-01-01T00:00:00Z");
        var json = await RunAsync("at(2024-07-09T15:55:00)", "--after", "2025-01-01T00:00:00Z", "-o", "json");

        Assert.Equal(Patchctl.ExitOk, table.Exit);
        Assert.Equal(["no runs after 2025-01-01T00:00:00+00:00"], Lines(table.Stdout));
        Assert.Empty(JsonSerializer.Deserialize<string[]>(json.Stdout)!);
    }

    [Theory]
    [InlineData("patchctl: Schedule.cron.dayOfWeek: 'TUX' is not a day name (SUN-SAT) or number 1-7", "cron(0 2 ? * TUX#2 *)")]
    [InlineData("patchctl: Schedule: cron(* * * * ? *) fires more often than every 5 minutes: two runs can be 1 minute apart", "cron(* * * * ? *)")]
    [InlineData("patchctl: Schedule.rate.unit: 'hours' must be singular when the value is 1: rate(1 hour)", "rate(1 hours)")]
    [InlineData("patchctl: ScheduleTimezone: 'Mars/Base' is not an IANA time zone id (e.g. UTC, Europe/Berlin, America/New_York)", "cron(0 2 ? * TUE#2 *)", "--timezone", "Mars/Base")]
    [InlineData("patchctl: ScheduleOffset: must be 1-6 days, not 9", "cron(0 2 ? * TUE#2 *)", "--offset", "9")]
    [InlineData("patchctl: ScheduleOffset: applies to cron(...) schedules only", "rate(1 day)", "--offset", "2")]
    [InlineData("patchctl: Schedule.cron.minutes: '61' is not a number 0-59; ScheduleTimezone: 'Nowhere' is not an IANA time zone id (e.g. UTC, Europe/Berlin, America/New_York)", "cron(61 2 ? * TUE#2 *)", "--timezone", "Nowhere")]
    [InlineData("patchctl: --offset must be a whole number of days 1-6, not 'three'", "cron(0 2 ? * TUE#2 *)", "--offset", "three")]
    [InlineData("patchctl: --count must be a whole number 1-1000, not '0'", "cron(0 2 ? * TUE#2 *)", "--count", "0")]
    [InlineData("patchctl: --count must be a whole number 1-1000, not '1001'", "cron(0 2 ? * TUE#2 *)", "--count", "1001")]
    [InlineData("patchctl: --count must be a whole number 1-1000, not 'many'", "cron(0 2 ? * TUE#2 *)", "--count", "many")]
    [InlineData("patchctl: --after must be an ISO-8601 date and time such as 2024-07-09T00:00:00Z (without an offset it is read in --timezone), not '07/09/2024'", "cron(0 2 ? * TUE#2 *)", "--after", "07/09/2024")]
    [InlineData("patchctl: --after must be an ISO-8601 date and time such as 2024-07-09T00:00:00Z (without an offset it is read in --timezone), not '0001-01-01T00:00:00'", "cron(0 2 ? * TUE#2 *)", "--after", "0001-01-01T00:00:00")]
    [InlineData("patchctl: --output must be table, json or csv, not 'xml'", "cron(0 2 ? * TUE#2 *)", "--output", "xml")]
    public async Task Bad_input_is_one_line_on_stderr_and_exit_code_2(string expectedLine, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        Assert.Equal("", run.Stdout);
        Assert.Equal([expectedLine], Lines(run.Stderr));
    }

    [Fact]
    public async Task A_missing_expression_is_a_usage_error()
    {
        var run = await RunAsync();

        Assert.Equal(Patchctl.ExitUsage, run.Exit);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(Lines(run.Stderr));
        Assert.StartsWith("patchctl: ", line, StringComparison.Ordinal);
    }
}
