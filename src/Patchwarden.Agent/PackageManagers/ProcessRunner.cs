using System.ComponentModel;
using System.Diagnostics;

namespace Patchwarden.Agent.PackageManagers;

/// <summary>Runs package-manager commands: no shell, C locale, stdin closed, output captured, killed with its children at the time limit.</summary>
public sealed class ProcessRunner(TimeProvider time)
{
    public async Task<ProcessResult> RunAsync(CommandLine command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Parsers read English, untranslated output with C collation and number formats.
        start.Environment["LC_ALL"] = "C";
        start.Environment["LANG"] = "C";
        start.Environment.Remove("LANGUAGE");
        foreach (var (name, value) in command.Environment)
        {
            start.Environment[name] = value;
        }

        var started = time.GetTimestamp();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new ProcessResult
            {
                Command = command,
                ExitCode = ProcessResult.CouldNotStart,
                StandardOutput = "",
                StandardError = $"cannot start {command.FileName}: {e.Message}",
                Elapsed = time.GetElapsedTime(started),
            };
        }

        // Nothing we run may wait for an answer on the terminal.
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(command.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        return new ProcessResult
        {
            Command = command,
            ExitCode = process.ExitCode,
            StandardOutput = await stdout,
            StandardError = await stderr,
            TimedOut = timedOut,
            Elapsed = time.GetElapsedTime(started),
        };
    }
}
