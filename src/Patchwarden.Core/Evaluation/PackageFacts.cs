using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>What the baseline looks at in an available update or an installed package, gathered without copying.</summary>
/// <remarks>A struct passed by reference, so that evaluating a patch allocates nothing until its state is recorded.</remarks>
internal readonly struct PackageFacts
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Arch { get; init; }

    /// <summary>apt: the Debian version; dnf/zypper: <c>[epoch:]version-release</c>; Windows: usually empty.</summary>
    public string? Version { get; init; }

    public string? Classification { get; init; }

    public string? Severity { get; init; }

    public string? Priority { get; init; }

    public string? Section { get; init; }

    /// <summary>The patch's own product, else the machine's.</summary>
    public string? Product { get; init; }

    public string? ProductFamily { get; init; }

    public string? PatchSet { get; init; }

    public string? AdvisoryId { get; init; }

    public IReadOnlyList<string>? CveIds { get; init; }

    /// <summary>Counts as a security update for rules without <c>EnableNonSecurity</c>.</summary>
    public bool IsSecurity { get; init; }

    /// <summary>UTC ticks of the release date; null when unknown, which means no approval delay holds it back.</summary>
    public long? ReleaseTicks { get; init; }

    public static PackageFacts Of(Patch patch, string? machineProduct, PackageManagerKind packageManager) => new()
    {
        Id = patch.Id,
        Name = patch.Name,
        Arch = patch.Arch,
        Version = patch.Version,
        Classification = patch.Classification,
        Severity = patch.Severity,
        Priority = patch.Priority,
        Section = patch.Section,
        Product = patch.Product ?? machineProduct,
        ProductFamily = patch.ProductFamily,
        // Windows Update offers operating-system updates unless it says otherwise; the proven model's PATCH_SET defaults to OS.
        PatchSet = patch.PatchSet ?? (packageManager == PackageManagerKind.WindowsUpdate ? "OS" : null),
        AdvisoryId = patch.AdvisoryId,
        CveIds = patch.CveIds,
        IsSecurity = patch.IsSecurity || IsSecurityClassification(patch.Classification, packageManager),
        ReleaseTicks = patch.ReleaseDate?.UtcTicks,
    };

    public static PackageFacts Of(InstalledPackage package, string? machineProduct, PackageManagerKind packageManager) => new()
    {
        Id = package.Id,
        Name = package.Name,
        Arch = package.Arch,
        Version = package.Version,
        Classification = package.Classification,
        Severity = package.Severity,
        Priority = package.Priority,
        Section = package.Section,
        Product = package.Product ?? machineProduct,
        // An installed package carries no origin, so only a Security classification marks it as a security update.
        IsSecurity = IsSecurityClassification(package.Classification, packageManager),
    };

    /// <summary>The value a filter on <paramref name="key"/> compares with; null or empty when the package has none.</summary>
    public string? ValueOf(PatchFilterKey key) => key switch
    {
        PatchFilterKey.Product => Product,
        PatchFilterKey.ProductFamily => ProductFamily,
        PatchFilterKey.Classification => Classification,
        PatchFilterKey.Severity or PatchFilterKey.MsrcSeverity => Severity,
        PatchFilterKey.PatchSet => PatchSet,
        PatchFilterKey.Priority => Priority,
        PatchFilterKey.Section => Section,
        _ => null,
    };

    // dnf and zypper put every package of an advisory under the advisory's type; "Security" is the security one.
    private static bool IsSecurityClassification(string? classification, PackageManagerKind packageManager) =>
        packageManager is PackageManagerKind.Dnf or PackageManagerKind.Zypper
        && string.Equals(classification, "Security", StringComparison.OrdinalIgnoreCase);
}
