using System.Globalization;
using Patchwarden.Agent.OsDetection;
using Patchwarden.Agent.PackageManagers;
using Patchwarden.Agent.Reboot;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Validation;

namespace Patchwarden.Agent.Apt;

/// <summary>Debian and Ubuntu: scans with <c>dpkg-query</c>, <c>apt-get -s dist-upgrade</c> and <c>apt-cache show</c>; installs exact <c>name=version</c> lists with <c>apt-get</c>.</summary>
/// <remarks>See docs/agent-providers.md for what runs, how updates are classified and how to point it at another root.</remarks>
public sealed class AptProvider(AptOptions options, DetectedOperatingSystem operatingSystem, ProcessRunner runner, TimeProvider time) : IPackageManager
{
    /// <summary>How many <c>NAME=VERSION</c> arguments one <c>apt-cache show</c> gets.</summary>
    private const int ShowBatch = 200;

    public PackageManagerKind Kind => PackageManagerKind.Apt;

    public async Task<Result<Inventory>> ScanAsync(CancellationToken cancellationToken)
    {
        var paths = await ReadPathsAsync(cancellationToken);
        if (!paths.IsSuccess)
        {
            return Result<Inventory>.Failure(paths.Errors);
        }

        if (options.RefreshBeforeScan)
        {
            var free = await PackageLock.WaitUntilFreeAsync(paths.Value.UpdateLocks, options.LockTimeout, time, cancellationToken);
            if (!free.IsSuccess)
            {
                return Result<Inventory>.Failure(free.Errors);
            }

            var update = await RunAsync("apt-get", ["-q", "update", .. LockWait(free.Value)], cancellationToken);
            if (!update.Succeeded)
            {
                return Result<Inventory>.Failure("apt-get update", $"cannot refresh the package lists: {update.Describe()}");
            }
        }

        var installed = await QueryInstalledAsync(paths.Value, [], cancellationToken);
        if (!installed.IsSuccess)
        {
            return Result<Inventory>.Failure(installed.Errors);
        }

        var simulation = await RunAsync("apt-get", ["-s", "-q", "dist-upgrade"], cancellationToken);
        if (!simulation.Succeeded)
        {
            return Result<Inventory>.Failure("apt-get -s dist-upgrade", simulation.Describe());
        }

        var upgrades = AptSimulationParser.Parse(simulation.StandardOutput);
        var candidates = await ShowCandidatesAsync(upgrades, paths.Value.NativeArchitecture, cancellationToken);
        var reboot = await IsRebootRequiredAsync(cancellationToken);
        return Result<Inventory>.Success(new Inventory
        {
            OperatingSystem = operatingSystem.Family,
            Product = operatingSystem.Product,
            Installed = [.. installed.Value.Where(p => p.IsPresent).Select(p => ToInstalledPackage(p, paths.Value.NativeArchitecture))],
            Updates = [.. upgrades.Select(u => ToPatch(u, candidates.GetValueOrDefault((u.Id, u.CandidateVersion))))],
            RebootRequired = reboot.IsRequired,
            CapturedAt = time.GetUtcNow(),
        });
    }

    public async Task<Result<IReadOnlyList<InstallOutcome>>> InstallAsync(IReadOnlyList<PackageToInstall> packages, CancellationToken cancellationToken)
    {
        var paths = await ReadPathsAsync(cancellationToken);
        if (!paths.IsSuccess)
        {
            return Result<IReadOnlyList<InstallOutcome>>.Failure(paths.Errors);
        }

        var free = await PackageLock.WaitUntilFreeAsync(paths.Value.InstallLocks, options.LockTimeout, time, cancellationToken);
        if (!free.IsSuccess)
        {
            return Result<IReadOnlyList<InstallOutcome>>.Failure(free.Errors);
        }

        var outcomes = await ExactInstall.RunAsync(
            packages,
            (list, ct) => RunInstallAsync([.. list.Select(p => $"{p.Id}={p.Version}")], ct),
            (list, ct) => ReadStateAsync(paths.Value, [.. list.Select(p => p.Id)], ct),
            // A failed transaction can leave packages unpacked but unconfigured. apt-get install without packages
            // configures what is pending (dpkg --configure --pending through apt's own options and root) and changes nothing else.
            async ct => await RunInstallAsync([], ct),
            id => id.Split(':')[0],
            cancellationToken);
        return Result<IReadOnlyList<InstallOutcome>>.Success(outcomes);
    }

    public Task<RebootStatus> IsRebootRequiredAsync(CancellationToken cancellationToken) =>
        RebootRequiredFile.ReadAsync(options.RootPath, cancellationToken);

    private Task<ProcessResult> RunInstallAsync(IReadOnlyList<string> specs, CancellationToken cancellationToken) =>
        RunAsync("apt-get",
            [
                "-q", "-y", "install", "--only-upgrade",
                // Keep the machine's configuration files: take the package's only where the admin never changed the old one.
                "-o", "Dpkg::Options::=--force-confold", "-o", "Dpkg::Options::=--force-confdef",
                .. LockWait(TimeSpan.Zero),
                .. specs,
            ],
            cancellationToken,
            new Dictionary<string, string>
            {
                ["DEBIAN_FRONTEND"] = "noninteractive",
                ["APT_LISTCHANGES_FRONTEND"] = "none",
                // Ubuntu's needrestart would otherwise ask which services to restart.
                ["NEEDRESTART_MODE"] = "l",
            });

    /// <summary>apt's own lock wait, for a lock taken in the instant between our probe and apt's start.</summary>
    private IReadOnlyList<string> LockWait(TimeSpan alreadyWaited) =>
        ["-o", "DPkg::Lock::Timeout=" + Math.Max(1, (int)(options.LockTimeout - alreadyWaited).TotalSeconds).ToString(CultureInfo.InvariantCulture)];

    private async Task<Result<AptPaths>> ReadPathsAsync(CancellationToken cancellationToken)
    {
        // apt only warns about an APT_CONFIG it cannot read and then acts on the machine's own configuration:
        // for an isolated root that would mean changing the wrong machine.
        var aptConfig = options.Environment.GetValueOrDefault("APT_CONFIG") ?? Environment.GetEnvironmentVariable("APT_CONFIG");
        if (!string.IsNullOrEmpty(aptConfig) && !File.Exists(aptConfig))
        {
            return Result<AptPaths>.Failure("APT_CONFIG", $"{aptConfig} does not exist; apt would ignore it and act on this machine's own configuration");
        }

        var shell = await RunAsync("apt-config", AptPaths.ShellArguments, cancellationToken);
        return shell.Succeeded && !shell.StandardError.Contains("Unable to read", StringComparison.Ordinal) && AptPaths.ParseShell(shell.StandardOutput) is { } paths
            ? Result<AptPaths>.Success(paths)
            : Result<AptPaths>.Failure("apt-config", $"cannot read apt's configuration: {shell.Describe()}");
    }

    private async Task<Result<IReadOnlyList<DpkgPackage>>> QueryInstalledAsync(AptPaths paths, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        // dpkg-query does not read APT_CONFIG, so it is told where the status file of this apt configuration lives.
        // It exits 1 when some named package is unknown; the ones it knows are still printed.
        var query = await RunAsync("dpkg-query", ["--admindir=" + paths.AdminDirectory, "-W", "-f=" + DpkgPackage.Format, .. names], cancellationToken);
        return query.Succeeded || (names.Count > 0 && query.ExitCode == 1)
            ? Result<IReadOnlyList<DpkgPackage>>.Success(DpkgPackage.Parse(query.StandardOutput))
            : Result<IReadOnlyList<DpkgPackage>>.Failure("dpkg-query", query.Describe());
    }

    private async Task<IReadOnlyDictionary<string, InstalledState>> ReadStateAsync(AptPaths paths, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var packages = await QueryInstalledAsync(paths, ids, cancellationToken);
        return (packages.IsSuccess ? packages.Value : [])
            .Where(p => p.IsPresent)
            .GroupBy(p => p.Id(paths.NativeArchitecture), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new InstalledState(g.First().Version, g.First().IsComplete), StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<(string Id, string Version), AptCandidate>> ShowCandidatesAsync(
        IReadOnlyList<AptUpgrade> upgrades, string nativeArchitecture, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), AptCandidate>();
        foreach (var chunk in upgrades.Chunk(ShowBatch))
        {
            // Exits 100 when one NAME=VERSION is unknown but still prints the others; whatever it printed is used.
            var show = await RunAsync("apt-cache", ["show", .. chunk.Select(u => $"{u.Id}={u.CandidateVersion}")], cancellationToken);
            foreach (var candidate in AptCandidate.ParseShow(show.StandardOutput))
            {
                found.TryAdd((AptIds.Of(candidate.Package, candidate.Architecture ?? "", nativeArchitecture), candidate.Version), candidate);
            }
        }

        return found;
    }

    private InstalledPackage ToInstalledPackage(DpkgPackage package, string nativeArchitecture) => new()
    {
        Id = package.Id(nativeArchitecture),
        Name = package.Name,
        Version = package.Version,
        Arch = package.Architecture,
        Priority = package.Priority,
        Section = package.Section,
        Product = operatingSystem.Product,
    };

    private Patch ToPatch(AptUpgrade upgrade, AptCandidate? candidate) => new()
    {
        Id = upgrade.Id,
        Name = upgrade.Name,
        Title = candidate?.Summary,
        Arch = upgrade.Architecture,
        InstalledVersion = upgrade.InstalledVersion,
        Version = upgrade.CandidateVersion,
        Priority = candidate?.Priority,
        Section = candidate?.Section,
        Product = operatingSystem.Product,
        Repository = upgrade.Release?.ToString(),
        IsSecurity = upgrade.IsSecurity,
        // apt has no classification, severity or trustworthy release date; see docs/agent-providers.md.
        Classification = null,
        ReleaseDate = null,
    };

    private Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string>(options.Environment, StringComparer.Ordinal);
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return runner.RunAsync(new CommandLine { FileName = program, Arguments = arguments, Environment = environment, Timeout = options.CommandTimeout }, cancellationToken);
    }
}
