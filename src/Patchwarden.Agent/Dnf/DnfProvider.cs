using Patchwarden.Agent.OsDetection;
using Patchwarden.Agent.PackageManagers;
using Patchwarden.Agent.Reboot;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Validation;

namespace Patchwarden.Agent.Dnf;

/// <summary>RHEL, its rebuilds and Amazon Linux: scans with <c>rpm -qa</c>, <c>dnf repoquery --upgrades</c> and <c>dnf updateinfo</c>; installs exact versions with <c>dnf upgrade</c>.</summary>
/// <remarks>See docs/agent-providers.md for what runs, how advisories become classifications and how the reboot is decided.</remarks>
public sealed class DnfProvider(DnfOptions options, DetectedOperatingSystem operatingSystem, ProcessRunner runner, IBootTime bootTime, TimeProvider time) : IPackageManager
{
    public PackageManagerKind Kind => PackageManagerKind.Dnf;

    public async Task<Result<Inventory>> ScanAsync(CancellationToken cancellationToken)
    {
        var installed = await QueryInstalledAsync([], cancellationToken);
        if (!installed.IsSuccess)
        {
            return Result<Inventory>.Failure(installed.Errors);
        }

        var repoquery = await RunDnfAsync(
            [.. options.RefreshBeforeScan ? ["--refresh"] : Array.Empty<string>(), "-q", "repoquery", "--upgrades", "--latest-limit=1", "--qf", DnfUpgrade.QueryFormat],
            cancellationToken);
        if (!repoquery.Succeeded)
        {
            return Result<Inventory>.Failure("dnf repoquery", repoquery.Describe());
        }

        var upgrades = DnfUpgrade.Parse(repoquery.StandardOutput);
        var advisories = await ReadAdvisoriesAsync(upgrades.Count > 0, cancellationToken);
        if (!advisories.IsSuccess)
        {
            return Result<Inventory>.Failure(advisories.Errors);
        }

        var byPackage = advisories.Value
            .SelectMany(a => a.Packages.Select(p => (Package: p, Advisory: a)))
            .ToLookup(e => e.Package, e => e.Advisory);
        var installedById = installed.Value.ToLookup(p => p.Nevra.Id, StringComparer.Ordinal);
        var reboot = await IsRebootRequiredAsync(cancellationToken);
        return Result<Inventory>.Success(new Inventory
        {
            OperatingSystem = operatingSystem.Family,
            Product = operatingSystem.Product,
            Installed = [.. installed.Value.Select(ToInstalledPackage)],
            Updates = [.. upgrades.Select(u => ToPatch(u, installedById[u.Candidate.Id].LastOrDefault(), [.. byPackage[u.Candidate]]))],
            RebootRequired = reboot.IsRequired,
            CapturedAt = time.GetUtcNow(),
        });
    }

    public async Task<Result<IReadOnlyList<InstallOutcome>>> InstallAsync(IReadOnlyList<PackageToInstall> packages, CancellationToken cancellationToken)
    {
        var malformed = packages.Where(p => Spec(p) is null).Select(p => $"{p.Id} {p.Version}").ToList();
        if (malformed.Count > 0)
        {
            return Result<IReadOnlyList<InstallOutcome>>.Failure("packages",
                $"not dnf patch ids with [epoch:]version-release versions: {string.Join(", ", malformed)}");
        }

        var rpmLock = await RpmLockFileAsync(cancellationToken);
        var free = await PackageLock.WaitUntilFreeAsync([rpmLock], options.LockTimeout, time, cancellationToken);
        if (!free.IsSuccess)
        {
            return Result<IReadOnlyList<InstallOutcome>>.Failure(free.Errors);
        }

        var outcomes = await ExactInstall.RunAsync(
            packages,
            // exit_on_lock: dnf would otherwise wait without end for another dnf's pid lock.
            (list, ct) => RunDnfAsync(["-y", "--setopt=exit_on_lock=True", "upgrade", .. list.Select(p => Spec(p)!)], ct),
            ReadStateAsync,
            afterFailedTransaction: null,
            id => Nevra.SplitId(id)?.Name ?? id,
            cancellationToken);
        return Result<IReadOnlyList<InstallOutcome>>.Success(outcomes);
    }

    public async Task<RebootStatus> IsRebootRequiredAsync(CancellationToken cancellationToken)
    {
        if (options.UseNeedsRestarting)
        {
            var run = await RunDnfAsync(["needs-restarting", "-r"], cancellationToken);
            if (NeedsRestartingParser.Parse(run.StandardOutput) is { } verdict)
            {
                var ids = verdict.Required ? await IdsOfAsync(verdict.Packages, cancellationToken) : [];
                return new RebootStatus { IsRequired = verdict.Required, PackageIds = ids, Reason = "dnf needs-restarting -r" };
            }
        }

        var installed = await QueryInstalledAsync([], cancellationToken);
        return installed.IsSuccess
            ? InstallTimeRebootCheck.Evaluate(installed.Value.Select(p => (p.Nevra.Name, p.Nevra.Id, p.InstalledAt)), bootTime.Read())
            : RebootStatus.NotRequired($"cannot read installed packages: {installed.Errors[0].Message}");
    }

    /// <summary><c>name-[epoch:]version-release.arch</c> for dnf, or null when the id or version is not in dnf's form.</summary>
    public static string? Spec(PackageToInstall package) =>
        Nevra.SplitId(package.Id) is { } id && Nevra.ParseEvr(package.Version) is not null ? $"{id.Name}-{package.Version}.{id.Arch}" : null;

    private async Task<Result<IReadOnlyList<DnfAdvisory>>> ReadAdvisoriesAsync(bool anyUpgrades, CancellationToken cancellationToken)
    {
        if (!anyUpgrades)
        {
            return Result<IReadOnlyList<DnfAdvisory>>.Success([]);
        }

        var list = await RunDnfAsync(["-q", "updateinfo", "list", "--available"], cancellationToken);
        var info = list.Succeeded ? await RunDnfAsync(["-q", "updateinfo", "info", "--available"], cancellationToken) : list;
        return info.Succeeded
            ? Result<IReadOnlyList<DnfAdvisory>>.Success(UpdateinfoParser.Join(UpdateinfoParser.ParseInfo(info.StandardOutput), UpdateinfoParser.ParseList(list.StandardOutput)))
            : Result<IReadOnlyList<DnfAdvisory>>.Failure("dnf updateinfo", info.Describe());
    }

    private async Task<Result<IReadOnlyList<RpmPackage>>> QueryInstalledAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> what = names.Count == 0 ? ["-qa"] : ["-q", .. names];
        var query = await RunAsync("rpm", ["--root", options.InstallRoot, .. what, "--qf", RpmPackage.QueryFormat], cancellationToken);
        // rpm -q exits with the number of names it does not know; those are simply not installed.
        return query.Succeeded || (names.Count > 0 && !query.TimedOut && query.ExitCode != ProcessResult.CouldNotStart)
            ? Result<IReadOnlyList<RpmPackage>>.Success(RpmPackage.Parse(query.StandardOutput))
            : Result<IReadOnlyList<RpmPackage>>.Failure("rpm", query.Describe());
    }

    private async Task<IReadOnlyDictionary<string, InstalledState>> ReadStateAsync(IReadOnlyList<PackageToInstall> packages, CancellationToken cancellationToken)
    {
        var names = packages.Select(p => Nevra.SplitId(p.Id)?.Name ?? p.Id).Distinct(StringComparer.Ordinal).ToList();
        var installed = await QueryInstalledAsync(names, cancellationToken);
        var byId = (installed.IsSuccess ? installed.Value : []).ToLookup(p => p.Nevra.Id, StringComparer.Ordinal);
        var states = new Dictionary<string, InstalledState>(StringComparer.Ordinal);
        foreach (var package in packages)
        {
            // Install-only packages (kernels) keep several versions side by side: the requested one counts if present.
            var versions = byId[package.Id].Select(p => p.Nevra.Evr).ToList();
            if (versions.Count > 0)
            {
                states[package.Id] = new InstalledState(versions.Contains(package.Version) ? package.Version : versions[^1], IsComplete: true);
            }
        }

        return states;
    }

    private async Task<IReadOnlyList<string>> IdsOfAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var installed = names.Count == 0 ? Result<IReadOnlyList<RpmPackage>>.Success([]) : await QueryInstalledAsync(names, cancellationToken);
        return installed.IsSuccess && installed.Value.Count > 0
            ? [.. installed.Value.Select(p => p.Nevra.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : names;
    }

    private async Task<string> RpmLockFileAsync(CancellationToken cancellationToken)
    {
        // rpm locks <dbpath>/.rpm.lock under the root; the dbpath differs between releases (/var/lib/rpm, /usr/lib/sysimage/rpm).
        var eval = await RunAsync("rpm", ["--eval", "%{_dbpath}"], cancellationToken);
        var dbPath = eval.Succeeded && eval.StandardOutput.Trim() is { Length: > 0 } path ? path : "/var/lib/rpm";
        return Path.Combine(options.InstallRoot, dbPath.TrimStart('/'), ".rpm.lock");
    }

    private InstalledPackage ToInstalledPackage(RpmPackage package) => new()
    {
        Id = package.Nevra.Id,
        Name = package.Nevra.Name,
        Version = package.Nevra.Evr,
        Arch = package.Nevra.Arch,
        Product = operatingSystem.Product,
        InstalledAt = package.InstalledAt,
    };

    private Patch ToPatch(DnfUpgrade upgrade, RpmPackage? installed, IReadOnlyList<DnfAdvisory> advisories)
    {
        // The advisory that carries exactly this candidate speaks for it (the proven model's rule); several are ranked.
        var advisory = advisories.OrderBy(a => a.Rank).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        return new Patch
        {
            Id = upgrade.Candidate.Id,
            Name = upgrade.Candidate.Name,
            Title = advisory?.Title,
            Arch = upgrade.Candidate.Arch,
            InstalledVersion = installed?.Nevra.Evr,
            Version = upgrade.Candidate.Evr,
            Classification = advisory?.Classification,
            Severity = advisory?.Severity,
            Product = operatingSystem.Product,
            Repository = upgrade.RepositoryId,
            IsSecurity = advisories.Any(a => a.IsSecurity),
            ReleaseDate = advisory?.Date,
            CveIds = [.. advisories.SelectMany(a => a.CveIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AdvisoryId = advisory?.Id,
            RequiresReboot = CoreRebootPackages.Contains(upgrade.Candidate.Name),
        };
    }

    private Task<ProcessResult> RunDnfAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        List<string> common = [];
        if (options.ConfigFile is { } config)
        {
            common.AddRange(["-c", config]);
        }

        common.Add("--installroot=" + options.InstallRoot);
        if (options.ReleaseVersion is { } release)
        {
            common.Add("--releasever=" + release);
        }

        return RunAsync("dnf", [.. common, .. options.ExtraArguments, .. arguments], cancellationToken);
    }

    private Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        // dnf prints advisory dates in local time; UTC makes them parse back to what the repository said.
        var environment = new Dictionary<string, string>(options.Environment, StringComparer.Ordinal) { ["TZ"] = "UTC" };
        return runner.RunAsync(new CommandLine { FileName = program, Arguments = arguments, Environment = environment, Timeout = options.CommandTimeout }, cancellationToken);
    }
}
