namespace Patchwarden.Core.Patches;

/// <summary>The package-manager family that serves an operating system; it decides filter keys and patch id formats.</summary>
public enum PackageManagerKind
{
    Apt,
    Dnf,
    Zypper,
    WindowsUpdate,
}

/// <summary>Maps an operating system to the package manager that patches it.</summary>
public static class OperatingSystemFamilyExtensions
{
    public static PackageManagerKind PackageManager(this OperatingSystemFamily family) => family switch
    {
        OperatingSystemFamily.Debian or OperatingSystemFamily.Ubuntu => PackageManagerKind.Apt,
        OperatingSystemFamily.Suse => PackageManagerKind.Zypper,
        OperatingSystemFamily.Windows => PackageManagerKind.WindowsUpdate,
        _ => PackageManagerKind.Dnf,
    };

    /// <summary>The proven model's upper-case name, e.g. <c>REDHAT_ENTERPRISE_LINUX</c>.</summary>
    public static string ToWireName(this OperatingSystemFamily family) =>
        System.Text.Json.JsonSerializer.Serialize(family).Trim('"');
}
