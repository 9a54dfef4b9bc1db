namespace Patchwarden.Agent.PackageManagers;

/// <summary>
/// Installs an exact list the way both providers need: one transaction first, then each package that did not land on
/// its own, so that one broken package cannot hold back the others; every outcome is read back from the package database.
/// </summary>
public static class ExactInstall
{
    /// <summary>Runs the install command for a list of packages.</summary>
    public delegate Task<ProcessResult> InstallCommand(IReadOnlyList<PackageToInstall> packages, CancellationToken cancellationToken);

    /// <summary>Reads the state of the given packages, keyed by id (missing ids are not installed); where several versions of one id are installed, the requested one.</summary>
    public delegate Task<IReadOnlyDictionary<string, InstalledState>> StateReader(IReadOnlyList<PackageToInstall> packages, CancellationToken cancellationToken);

    public static async Task<IReadOnlyList<InstallOutcome>> RunAsync(
        IReadOnlyList<PackageToInstall> packages,
        InstallCommand install,
        StateReader readState,
        Func<CancellationToken, Task>? afterFailedTransaction,
        Func<string, string> packageNameOf,
        CancellationToken cancellationToken)
    {
        if (packages.Count == 0)
        {
            return [];
        }

        var lastRun = new Dictionary<string, ProcessResult>(StringComparer.Ordinal);
        var batch = await install(packages, cancellationToken);
        foreach (var package in packages)
        {
            lastRun[package.Id] = batch;
        }

        if (!batch.Succeeded && afterFailedTransaction is not null)
        {
            await afterFailedTransaction(cancellationToken);
        }

        var state = await readState(packages, cancellationToken);
        if (packages.Count > 1)
        {
            foreach (var package in packages.Where(p => !Landed(p, state)))
            {
                lastRun[package.Id] = await install([package], cancellationToken);
            }

            state = await readState(packages, cancellationToken);
        }

        return [.. packages.Select(p => Outcome(p, state.GetValueOrDefault(p.Id), lastRun[p.Id], packageNameOf(p.Id)))];
    }

    private static bool Landed(PackageToInstall package, IReadOnlyDictionary<string, InstalledState> state) =>
        state.TryGetValue(package.Id, out var s) && s.IsComplete && s.Version == package.Version;

    private static InstallOutcome Outcome(PackageToInstall package, InstalledState? state, ProcessResult run, string packageName)
    {
        if (state is { IsComplete: true } && state.Version == package.Version)
        {
            return new InstallOutcome { Id = package.Id, Version = package.Version, Status = InstallStatus.Installed, InstalledVersion = state.Version };
        }

        var where = state switch
        {
            null => "not installed",
            { IsComplete: false } => $"unpacked at {state.Version} but not configured",
            _ => $"still at {state.Version}",
        };
        return new InstallOutcome
        {
            Id = package.Id,
            Version = package.Version,
            Status = InstallStatus.Failed,
            InstalledVersion = state?.Version,
            Message = $"{where}: {Complaint(packageName, run)}",
        };
    }

    /// <summary>The package manager's own lines about <paramref name="packageName"/> (with their indented continuation), else how the command ended.</summary>
    public static string Complaint(string packageName, ProcessResult run)
    {
        var lines = (run.StandardError + "\n" + run.StandardOutput).Split('\n');
        var picked = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(packageName, StringComparison.Ordinal) || !LooksLikeTrouble(lines[i]))
            {
                continue;
            }

            picked.Add(lines[i].Trim());
            if (i + 1 < lines.Length && lines[i + 1].StartsWith(' ') && lines[i + 1].Trim().Length > 0)
            {
                picked.Add(lines[i + 1].Trim());
            }
        }

        return picked.Count > 0 ? string.Join(" | ", picked.Distinct(StringComparer.Ordinal)) : run.Describe();
    }

    private static bool LooksLikeTrouble(string line) =>
        line.TrimStart().StartsWith("E:", StringComparison.Ordinal) || TroubleWords.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] TroubleWords = ["error", "no match", "not found", "fail", "unable", "skipping", "conflict", "broken"];
}
