using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Patchwarden.Cli.Output;
using Patchwarden.Core.Schedules;

namespace Patchwarden.Cli.Schedules;

/// <summary><c>patchctl schedule next EXPR</c>: prints when a schedule runs next, offline (see docs/schedules.md).</summary>
public static class NextCommand
{
    public const int DefaultCount = 5;

    public const int MaxCount = 1000;

    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string>("EXPR")
        {
            Description = "cron(...), rate(...) or at(...), e.g. \"cron(0 2 ? * TUE#2 *)\". Quote it: it holds spaces, '?' and '*'.",
        };
        var timezone = new Option<string?>("--timezone")
        {
            HelpName = "TZ",
            Description = $"IANA time zone the expression is read in, e.g. Europe/Berlin (default {ScheduleTimeZones.DefaultId}).",
        };
        var offset = new Option<int?>("--offset")
        {
            HelpName = "DAYS",
            Description = "Run this many days (1-6) after each cron time: Patch Tuesday + N.",
            CustomParser = ParseOffset,
        };
        var after = new Option<string?>("--after")
        {
            HelpName = "ISO-8601",
            Description = "List runs strictly after this instant (default: now); without a UTC offset it is read in --timezone. rate(...) counts from it.",
        };
        var count = new Option<int>("--count")
        {
            HelpName = "N",
            Description = $"How many runs to list, 1-{MaxCount}.",
            DefaultValueFactory = _ => DefaultCount,
            CustomParser = ParseCount,
        };
        var output = OutputOption.Create();

        var command = new Command("next", "Print the next runs of a schedule expression as ISO-8601 instants with offset.")
        {
            expression, timezone, offset, after, count, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var created = Schedule.Create(new ScheduleDefinition
            {
                Schedule = parse.GetRequiredValue(expression),
                ScheduleTimezone = parse.GetValue(timezone),
                ScheduleOffset = parse.GetValue(offset),
            });
            if (!created.IsSuccess)
            {
                throw new UsageException(string.Join("; ", created.Errors));
            }

            var schedule = created.Value;
            // The only clock read: Core stays pure and takes `after` from here.
            var from = parse.GetValue(after) is { } text ? AfterInstant.Parse(text, schedule.TimeZone) : TimeProvider.System.GetUtcNow();
            var runs = schedule.NextOccurrences(from, parse.GetValue(count), rateAnchor: from);
            await OccurrenceOutput.WriteAsync(console.Out, parse.GetValue(output), runs, from, cancellationToken);
            return Patchctl.ExitOk;
        });
        return command;
    }

    private static int ParseCount(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxCount)
        {
            return count;
        }

        result.AddError($"--count must be a whole number 1-{MaxCount}, not '{text}'");
        return DefaultCount;
    }

    private static int? ParseOffset(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            // The range (1-6) is Core's to judge, so the message matches what the API says.
            return days;
        }

        result.AddError($"--offset must be a whole number of days 1-6, not '{text}'");
        return null;
    }
}
