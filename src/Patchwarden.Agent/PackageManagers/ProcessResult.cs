namespace Patchwarden.Agent.PackageManagers;

/// <summary>How a finished (or killed) command ended and everything it printed.</summary>
public sealed record ProcessResult
{
    /// <summary>Exit code used when the program could not be started at all (the shell's "command not found").</summary>
    public const int CouldNotStart = 127;

    public required CommandLine Command { get; init; }

    public required int ExitCode { get; init; }

    public required string StandardOutput { get; init; }

    public required string StandardError { get; init; }

    /// <summary>The command ran past its time limit and was killed with its children.</summary>
    public bool TimedOut { get; init; }

    public TimeSpan Elapsed { get; init; }

    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>One line for an error message: the command, how it ended, and the last thing it complained about.</summary>
    public string Describe()
    {
        var ending = TimedOut ? $"timed out after {Command.Timeout.TotalSeconds:0} s" : $"exited {ExitCode}";
        var complaint = LastLines(StandardError, 3);
        if (complaint.Length == 0)
        {
            complaint = LastLines(StandardOutput, 3);
        }

        return complaint.Length == 0 ? $"{Command} {ending}" : $"{Command} {ending}: {complaint}";
    }

    /// <summary>The last <paramref name="count"/> non-blank lines of <paramref name="text"/>, joined with " | ".</summary>
    public static string LastLines(string text, int count) =>
        string.Join(" | ", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(count));
}
