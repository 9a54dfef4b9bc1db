using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>The built <c>patchwarden</c> program run as a real process (<c>dotnet patchwarden.dll ...</c>), as an operator runs it.</summary>
public sealed partial class PatchwardenProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PatchwardenProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The program beside the tests (the project reference copies it here).</summary>
    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "patchwarden.dll");

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Runs <c>patchwarden ARGS</c> to its end; returns the exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        await using var process = Start(args, workingDirectory, environment);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process._process.WaitForExitAsync(timeout.Token);
        process._process.WaitForExit(); // Drains the output events.
        return (process._process.ExitCode, process.Stdout, process.Stderr);
    }

    /// <summary>Starts <c>patchwarden serve ARGS</c> and waits until it prints the URL it listens on.</summary>
    public static async Task<(PatchwardenProcess Process, string Url)> ServeAsync(
        IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = Start(["serve", .. args], workingDirectory, environment);
        try
        {
            var exited = process._process.WaitForExitAsync(TestContext.Current.CancellationToken);
            var first = await Task.WhenAny(process._url.Task, exited, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
            if (first != process._url.Task)
            {
                throw new InvalidOperationException($"patchwarden serve did not start.\nstdout: {process.Stdout}\nstderr: {process.Stderr}");
            }

            return (process, await process._url.Task);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server as a service manager would (SIGTERM) and returns its exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static PatchwardenProcess Start(IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test's own environment must not configure the server under test.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PATCHWARDEN_", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var wrapper = new PatchwardenProcess(process);
        process.OutputDataReceived += (_, e) => wrapper.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => wrapper.OnError(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return wrapper;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            _stdout.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _url.TrySetResult(match.Groups["url"].Value);
        }
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
            }
        }
    }

    [GeneratedRegex("^Patchwarden listening on (?<url>http://\\S+)$")]
    private static partial Regex ListeningLine();
}
