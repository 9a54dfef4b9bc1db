using System.CommandLine;
using Patchwarden.Cli.Output;

namespace Patchwarden.Cli;

/// <summary>Builds the patchctl command tree and runs it with patchctl's exit-code contract (0 ok, 1 failed, 2 usage).</summary>
public static class Patchctl
{
    public const int ExitOk = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var console = new CliConsole(stdout, stderr);
        var root = BuildRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"patchctl: {parse.Errors[0].Message}");
            return ExitUsage;
        }

        try
        {
            // The default handler would print a UsageException as a stack trace with exit code 1; let it reach the catch below.
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"patchctl: {e.Message}");
            return ExitUsage;
        }
    }

    internal static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("patchctl: self-service patching and compliance for Patchwarden.");
        root.Subcommands.Add(Schedules.ScheduleCommand.Create(console));
        root.Subcommands.Add(Baselines.BaselinesCommand.Create(console));
        return root;
    }
}
