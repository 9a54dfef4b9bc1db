using Patchwarden.Agent.PackageManagers;

namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>Runs the commands fixtures use to build packages and roots; a failure there is a broken fixture, so it throws.</summary>
public static class FixtureCommands
{
    private static readonly ProcessRunner Runner = new(TimeProvider.System);

    public static async Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null, bool check = true)
    {
        // The product's runner has no working directory; repository tools that need one get it through sh -c 'cd ...'.
        var command = workingDirectory is null
            ? new CommandLine { FileName = program, Arguments = arguments, Environment = environment ?? new Dictionary<string, string>(), Timeout = TimeSpan.FromMinutes(2) }
            : new CommandLine
            {
                FileName = "sh",
                Arguments = ["-c", "cd \"$0\" && exec \"$@\"", workingDirectory, program, .. arguments],
                Environment = environment ?? new Dictionary<string, string>(),
                Timeout = TimeSpan.FromMinutes(2),
            };
        var result = await Runner.RunAsync(command, CancellationToken.None);
        if (check && !result.Succeeded)
        {
            throw new InvalidOperationException($"fixture command failed: {result.Describe()}\n{result.StandardOutput}\n{result.StandardError}");
        }

        return result;
    }
}
