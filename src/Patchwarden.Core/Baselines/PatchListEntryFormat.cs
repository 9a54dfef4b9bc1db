using System.Text.RegularExpressions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Baselines;

/// <summary>Checks an entry of a baseline's approved or rejected list against the id formats its package manager understands.</summary>
/// <remarks>Follows the proven model's "package name formats for approved and rejected patch lists".</remarks>
public static partial class PatchListEntryFormat
{
    public const int MaxLength = 100;

    /// <summary>What is wrong with <paramref name="entry"/> for <paramref name="packageManager"/>, or null when it is well formed.</summary>
    public static string? Problem(PackageManagerKind packageManager, string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return "must not be empty";
        }

        if (entry.Length > MaxLength)
        {
            return $"is {entry.Length} characters long; at most {MaxLength} are allowed";
        }

        if (entry == "*")
        {
            return "'*' alone would match every patch; use an approval rule instead";
        }

        if (entry.Count(c => c == '*') > 1)
        {
            return $"'{entry}' has more than one '*' wildcard";
        }

        return packageManager switch
        {
            PackageManagerKind.WindowsUpdate when !WindowsUpdateId().IsMatch(entry) =>
                $"'{entry}' is not a Windows update id: expected a KB article (KB4485447) or a security bulletin (MS17-010), without wildcards",
            PackageManagerKind.Apt when !DebianPackageName().IsMatch(entry) =>
                $"'{entry}' is not a Debian package name: lower-case letters, digits and + - . (optionally :arch), with at most one '*'",
            PackageManagerKind.Dnf or PackageManagerKind.Zypper when !RpmPackageSpec().IsMatch(entry) =>
                $"'{entry}' is not an RPM package spec: name, name.arch, name-version-release[.arch], epoch:version-release, an advisory (RHSA-2024:1234) or a CVE id",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(KB[0-9]{1,8}|MS[0-9]{2}-[0-9]{3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowsUpdateId();

    // Debian policy: lower-case letters, digits, '+', '-', '.'; starts with a letter or digit. apt also takes name:arch.
    [GeneratedRegex(@"^[a-z0-9*][a-z0-9+.*-]*(:[a-z0-9*-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DebianPackageName();

    // Every NEVRA construction (name, name.arch, name-version-release.arch, epoch:..., name.arch:epoch:version-release),
    // Bugzilla ids (digits), CVE ids and advisory ids use only these characters.
    [GeneratedRegex(@"^[A-Za-z0-9_*][A-Za-z0-9_.+~^:*-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RpmPackageSpec();
}
