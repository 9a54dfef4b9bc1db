using Patchwarden.Agent.PackageManagers;

namespace Patchwarden.Agent.Reboot;

/// <summary>Debian and Ubuntu's reboot flag: packages (kernel, libc, ...) write <c>/var/run/reboot-required</c> and list themselves in <c>.pkgs</c>.</summary>
public static class RebootRequiredFile
{
    public const string FlagPath = "var/run/reboot-required";
    public const string PackagesPath = "var/run/reboot-required.pkgs";

    /// <param name="rootPath">The machine's root, <c>/</c>; an isolated apt root in tests.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<RebootStatus> ReadAsync(string rootPath, CancellationToken cancellationToken)
    {
        var flag = Path.Combine(rootPath, FlagPath);
        if (!File.Exists(flag))
        {
            return RebootStatus.NotRequired($"{flag} does not exist");
        }

        var packagesFile = Path.Combine(rootPath, PackagesPath);
        IReadOnlyList<string> packages = File.Exists(packagesFile)
            ? ParsePackages(await File.ReadAllTextAsync(packagesFile, cancellationToken))
            : [];
        return new RebootStatus { IsRequired = true, PackageIds = packages, Reason = $"{flag} exists" };
    }

    /// <summary>One package name per line; packages that asked twice are named once.</summary>
    public static IReadOnlyList<string> ParsePackages(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
}
