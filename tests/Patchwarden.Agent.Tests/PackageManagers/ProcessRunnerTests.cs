using Patchwarden.Agent.PackageManagers;

namespace Patchwarden.Agent.Tests.PackageManagers;

public sealed class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new(TimeProvider.System);

    [Fact]
    public async Task Output_error_and_exit_code_are_captured_and_the_locale_is_C()
    {
        var result = await _runner.RunAsync(new CommandLine { FileName = "sh", Arguments = ["-c", "echo \"$LC_ALL\"; echo oops >&2; exit 3"] }, TestContext.Current.CancellationToken);

        Assert.Equal((3, "C\n", "oops\n", false), (result.ExitCode, result.StandardOutput, result.StandardError, result.Succeeded));
        Assert.Equal("sh -c 'echo \"$LC_ALL\"; echo oops >&2; exit 3' exited 3: oops", result.Describe());
    }

    [Fact]
    public async Task Extra_environment_reaches_the_child_without_changing_the_test_process()
    {
        var before = Environment.GetEnvironmentVariable("APT_CONFIG");
        var result = await _runner.RunAsync(new CommandLine
        {
            FileName = "sh",
            Arguments = ["-c", "echo \"$APT_CONFIG\""],
            Environment = new Dictionary<string, string> { ["APT_CONFIG"] = "/tmp/elsewhere/apt.conf" },
        }, TestContext.Current.CancellationToken);

        Assert.Equal("/tmp/elsewhere/apt.conf\n", result.StandardOutput);
        Assert.Equal(before, Environment.GetEnvironmentVariable("APT_CONFIG"));
    }

    [Fact]
    public async Task A_command_past_its_time_limit_is_killed_with_its_children()
    {
        var result = await _runner.RunAsync(new CommandLine { FileName = "sh", Arguments = ["-c", "sleep 30; echo finished"], Timeout = TimeSpan.FromMilliseconds(300) }, TestContext.Current.CancellationToken);

        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), $"took {result.Elapsed}");
        Assert.DoesNotContain("finished", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("timed out", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_is_closed_so_nothing_waits_for_an_answer()
    {
        var result = await _runner.RunAsync(new CommandLine { FileName = "cat", Timeout = TimeSpan.FromSeconds(10) }, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task A_program_that_does_not_exist_ends_like_the_shells_command_not_found()
    {
        var result = await _runner.RunAsync(new CommandLine { FileName = "pw-no-such-program" }, TestContext.Current.CancellationToken);

        Assert.Equal(ProcessResult.CouldNotStart, result.ExitCode);
        Assert.Contains("cannot start pw-no-such-program", result.StandardError, StringComparison.Ordinal);
    }
}
