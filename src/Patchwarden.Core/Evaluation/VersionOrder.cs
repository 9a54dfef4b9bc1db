using Patchwarden.Core.Patches;
using Patchwarden.Core.Versions;

namespace Patchwarden.Core.Evaluation;

/// <summary>How versions of one package compare on each package manager, to find the latest approved candidate.</summary>
internal static class VersionOrder
{
    /// <summary>dpkg order for apt, rpm order for dnf and zypper; Windows updates have no versions to compare (KB ids differ instead).</summary>
    public static Comparison<string?> For(PackageManagerKind packageManager) => packageManager switch
    {
        PackageManagerKind.Apt => DebianVersion.Compare,
        PackageManagerKind.Dnf or PackageManagerKind.Zypper => RpmVersion.Compare,
        _ => static (a, b) => string.CompareOrdinal(a, b),
    };
}
