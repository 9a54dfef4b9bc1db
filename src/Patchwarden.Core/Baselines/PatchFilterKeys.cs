using System.Collections.Frozen;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Baselines;

/// <summary>Which filter keys each package-manager family allows, and the closed vocabularies some keys have.</summary>
/// <remarks>
/// Follows the proven model's DescribePatchProperties lists. Keys with an open vocabulary (PRODUCT, PRODUCT_FAMILY,
/// SECTION) accept any value; for the others a value must name (or, with a <c>*</c>, match) one of the listed values.
/// </remarks>
public static class PatchFilterKeys
{
    private static readonly FrozenDictionary<PackageManagerKind, IReadOnlyList<PatchFilterKey>> Keys =
        new Dictionary<PackageManagerKind, IReadOnlyList<PatchFilterKey>>
        {
            [PackageManagerKind.Apt] = [PatchFilterKey.Product, PatchFilterKey.Priority, PatchFilterKey.Section],
            [PackageManagerKind.Dnf] = [PatchFilterKey.Product, PatchFilterKey.Classification, PatchFilterKey.Severity],
            [PackageManagerKind.Zypper] = [PatchFilterKey.Product, PatchFilterKey.Classification, PatchFilterKey.Severity],
            [PackageManagerKind.WindowsUpdate] =
            [
                PatchFilterKey.Product, PatchFilterKey.ProductFamily, PatchFilterKey.Classification,
                PatchFilterKey.MsrcSeverity, PatchFilterKey.PatchSet,
            ],
        }.ToFrozenDictionary();

    /// <summary>apt priorities as Debian policy names them.</summary>
    public static IReadOnlyList<string> AptPriorities { get; } = ["Required", "Important", "Standard", "Optional", "Extra"];

    /// <summary>updateinfo advisory types of the RPM distributions that dnf/yum patch.</summary>
    public static IReadOnlyList<string> DnfClassifications { get; } = ["Security", "Bugfix", "Enhancement", "Recommended", "Newpackage"];

    /// <summary>Red Hat's severity scale, also used by CentOS, Rocky, Alma and Oracle Linux.</summary>
    public static IReadOnlyList<string> RedHatSeverities { get; } = ["Critical", "Important", "Moderate", "Low"];

    /// <summary>Amazon Linux 2 says Medium where Red Hat says Moderate.</summary>
    public static IReadOnlyList<string> AmazonLinux2Severities { get; } = ["Critical", "Important", "Medium", "Low"];

    /// <summary>Amazon Linux 2023 adds None for advisories without a rating.</summary>
    public static IReadOnlyList<string> AmazonLinux2023Severities { get; } = ["Critical", "Important", "Medium", "Low", "None"];

    /// <summary>zypper patch categories.</summary>
    public static IReadOnlyList<string> ZypperClassifications { get; } = ["Security", "Recommended", "Optional", "Feature", "Document", "Yast"];

    public static IReadOnlyList<string> ZypperSeverities { get; } = ["Critical", "Important", "Moderate", "Low"];

    /// <summary>Windows Update classifications.</summary>
    public static IReadOnlyList<string> WindowsClassifications { get; } =
    [
        "CriticalUpdates", "DefinitionUpdates", "Drivers", "FeaturePacks", "SecurityUpdates",
        "ServicePacks", "Tools", "UpdateRollups", "Updates", "Upgrades",
    ];

    /// <summary>Microsoft Security Response Center ratings.</summary>
    public static IReadOnlyList<string> MsrcSeverities { get; } = ["Critical", "Important", "Moderate", "Low", "Unspecified"];

    /// <summary>Windows: operating-system updates or application (e.g. Office) updates.</summary>
    public static IReadOnlyList<string> PatchSets { get; } = ["OS", "APPLICATION"];

    /// <summary>The keys a baseline for <paramref name="packageManager"/> may filter on, in documentation order.</summary>
    public static IReadOnlyList<PatchFilterKey> AllowedKeys(PackageManagerKind packageManager) => Keys[packageManager];

    /// <summary>The keys a baseline for <paramref name="operatingSystem"/> may filter on, in documentation order.</summary>
    public static IReadOnlyList<PatchFilterKey> AllowedKeys(OperatingSystemFamily operatingSystem) => Keys[operatingSystem.PackageManager()];

    public static bool IsAllowed(OperatingSystemFamily operatingSystem, PatchFilterKey key) => AllowedKeys(operatingSystem).Contains(key);

    /// <summary>The values <paramref name="key"/> may take on <paramref name="operatingSystem"/>, or null when any value is allowed.</summary>
    public static IReadOnlyList<string>? AllowedValues(OperatingSystemFamily operatingSystem, PatchFilterKey key) =>
        (operatingSystem.PackageManager(), key) switch
        {
            (PackageManagerKind.Apt, PatchFilterKey.Priority) => AptPriorities,
            (PackageManagerKind.Dnf, PatchFilterKey.Classification) => DnfClassifications,
            (PackageManagerKind.Dnf, PatchFilterKey.Severity) => operatingSystem switch
            {
                OperatingSystemFamily.AmazonLinux2 => AmazonLinux2Severities,
                OperatingSystemFamily.AmazonLinux2023 => AmazonLinux2023Severities,
                _ => RedHatSeverities,
            },
            (PackageManagerKind.Zypper, PatchFilterKey.Classification) => ZypperClassifications,
            (PackageManagerKind.Zypper, PatchFilterKey.Severity) => ZypperSeverities,
            (PackageManagerKind.WindowsUpdate, PatchFilterKey.Classification) => WindowsClassifications,
            (PackageManagerKind.WindowsUpdate, PatchFilterKey.MsrcSeverity) => MsrcSeverities,
            (PackageManagerKind.WindowsUpdate, PatchFilterKey.PatchSet) => PatchSets,
            _ => null,
        };
}
