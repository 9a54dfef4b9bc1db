using Patchwarden.Core.Patches;
using Patchwarden.Core.Validation;

namespace Patchwarden.Agent.OsDetection;

/// <summary>Reads <c>/etc/os-release</c> (or <c>/usr/lib/os-release</c>) under a root and names the OS family and product.</summary>
public static class OperatingSystemDetector
{
    /// <summary>Where os-release(5) says to look, in order, relative to the root.</summary>
    public static IReadOnlyList<string> Locations { get; } = ["etc/os-release", "usr/lib/os-release"];

    /// <param name="rootPath">The machine's root, <c>/</c>; tests point it at a folder of their own.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<Result<DetectedOperatingSystem>> DetectAsync(string rootPath, CancellationToken cancellationToken)
    {
        foreach (var location in Locations)
        {
            var path = Path.Combine(rootPath, location);
            if (File.Exists(path))
            {
                return Detect(OsRelease.Parse(await File.ReadAllTextAsync(path, cancellationToken)), path);
            }
        }

        return Result<DetectedOperatingSystem>.Failure("os-release",
            $"neither {string.Join(" nor ", Locations.Select(l => Path.Combine(rootPath, l)))} exists; cannot tell which OS this is");
    }

    public static Result<DetectedOperatingSystem> Detect(IReadOnlyDictionary<string, string> osRelease, string source = "os-release")
    {
        var id = osRelease.GetValueOrDefault("ID", "linux").ToLowerInvariant();
        var version = osRelease.GetValueOrDefault("VERSION_ID", "");
        var name = osRelease.GetValueOrDefault("NAME", id);
        var pretty = osRelease.GetValueOrDefault("PRETTY_NAME");

        (OperatingSystemFamily Family, string Product)? known = id switch
        {
            "debian" => (OperatingSystemFamily.Debian, "Debian" + version),
            "ubuntu" => (OperatingSystemFamily.Ubuntu, "Ubuntu" + version),
            "rhel" => (OperatingSystemFamily.RedHatEnterpriseLinux, "RedhatEnterpriseLinux" + version),
            "centos" when name.Contains("Stream", StringComparison.OrdinalIgnoreCase) => (OperatingSystemFamily.CentOS, "CentOSStream" + version),
            "centos" => (OperatingSystemFamily.CentOS, "CentOS" + version),
            "rocky" => (OperatingSystemFamily.RockyLinux, "RockyLinux" + version),
            "almalinux" => (OperatingSystemFamily.AlmaLinux, "AlmaLinux" + version),
            "ol" => (OperatingSystemFamily.OracleLinux, "OracleLinux" + version),
            "amzn" when version == "2" => (OperatingSystemFamily.AmazonLinux2, "AmazonLinux2"),
            "amzn" when version.StartsWith("2023", StringComparison.Ordinal) => (OperatingSystemFamily.AmazonLinux2023, "AmazonLinux2023"),
            "sles" or "sled" or "opensuse-leap" => (OperatingSystemFamily.Suse, "Suse" + version),
            _ => null,
        };
        if (known is null && Like(osRelease) is { } family)
        {
            // A derivative (Raspbian, Linux Mint, ...) is patched like its parent; its own name stays in the product.
            known = (family, string.Concat(name.Where(char.IsLetterOrDigit)) + version);
        }

        if (known is not { } found)
        {
            return Result<DetectedOperatingSystem>.Failure(source,
                $"'{pretty ?? name}' (ID={id}) is not an OS family Patchwarden patches: Debian, Ubuntu, RHEL and its rebuilds, Amazon Linux, SUSE");
        }

        return Result<DetectedOperatingSystem>.Success(new DetectedOperatingSystem { Family = found.Family, Product = found.Product, PrettyName = pretty });
    }

    private static OperatingSystemFamily? Like(IReadOnlyDictionary<string, string> osRelease)
    {
        var like = osRelease.GetValueOrDefault("ID_LIKE", "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var parent in like)
        {
            switch (parent)
            {
                case "ubuntu":
                    return OperatingSystemFamily.Ubuntu;
                case "debian":
                    return OperatingSystemFamily.Debian;
                case "rhel" or "centos":
                    return OperatingSystemFamily.RedHatEnterpriseLinux;
                case "suse" or "opensuse":
                    return OperatingSystemFamily.Suse;
            }
        }

        return null;
    }
}
