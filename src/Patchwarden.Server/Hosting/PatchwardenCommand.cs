using System.CommandLine;

namespace Patchwarden.Server.Hosting;

/// <summary>The <c>patchwarden</c> command line: <c>serve</c> (and <c>--help</c>, <c>--version</c>).</summary>
public static class PatchwardenCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Patchwarden: self-hosted OS patching at scale with compliance reporting.")
        {
            ServeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"patchwarden: {parse.Errors[0].Message} (see patchwarden --help)");
            return ExitCodes.Usage;
        }

        // The host handles Ctrl+C and SIGTERM itself (stopping gracefully, flushing heartbeats), so the parser must not.
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(invocation, CancellationToken.None);
    }
}
