using Patchwarden.Core.Patches;

namespace Patchwarden.Agent.OsDetection;

/// <summary>The machine's OS family (which picks the provider and the baseline) and product (what PRODUCT filters match).</summary>
public sealed record DetectedOperatingSystem
{
    public required OperatingSystemFamily Family { get; init; }

    /// <summary>The proven model's product name, e.g. <c>Debian12</c>, <c>RedhatEnterpriseLinux9.4</c>, <c>AmazonLinux2023</c>.</summary>
    public required string Product { get; init; }

    /// <summary>os-release's <c>PRETTY_NAME</c>, for people.</summary>
    public string? PrettyName { get; init; }

    public PackageManagerKind PackageManager => Family.PackageManager();
}
