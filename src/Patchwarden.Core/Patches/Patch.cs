namespace Patchwarden.Core.Patches;

/// <summary>An update a machine can install, as its package manager describes it.</summary>
public sealed record Patch
{
    /// <summary>apt: the package name; dnf/zypper: <c>name.arch</c>; Windows: the KB id (<c>KB4485447</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The package name (apt, dnf, zypper) or the KB id (Windows).</summary>
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Arch { get; init; }

    /// <summary>The version on the machine now; null when the update brings a package that is not installed.</summary>
    public string? InstalledVersion { get; init; }

    /// <summary>The version the update installs (dnf: <c>epoch:version-release</c>).</summary>
    public required string Version { get; init; }

    /// <summary>dnf/zypper: Security, Bugfix, Enhancement, Recommended, Newpackage; Windows: SecurityUpdates, CriticalUpdates, ...</summary>
    public string? Classification { get; init; }

    /// <summary>The vendor's severity (dnf: Critical, Important, Moderate, Low; Windows: the MSRC rating).</summary>
    public string? Severity { get; init; }

    /// <summary>apt: the candidate's priority (required, important, standard, optional, extra).</summary>
    public string? Priority { get; init; }

    /// <summary>apt: the candidate's section (admin, libs, net, ...).</summary>
    public string? Section { get; init; }

    /// <summary>The product the update belongs to, e.g. <c>Debian12</c>, <c>RedhatEnterpriseLinux9.4</c>, <c>WindowsServer2022</c>.</summary>
    public string? Product { get; init; }

    /// <summary>Windows only: the product family, e.g. <c>Windows</c>, <c>Office</c>.</summary>
    public string? ProductFamily { get; init; }

    /// <summary>Windows only: <c>OS</c> or <c>APPLICATION</c>.</summary>
    public string? PatchSet { get; init; }

    /// <summary>Where the candidate comes from: apt <c>origin:suite</c>, dnf repository id.</summary>
    public string? Repository { get; init; }

    /// <summary>apt: the candidate comes from a security origin; dnf/zypper: the package is in a security advisory.</summary>
    public bool IsSecurity { get; init; }

    /// <summary>When the vendor released it; null when unknown (then approval delays do not hold it back).</summary>
    public DateTimeOffset? ReleaseDate { get; init; }

    public IReadOnlyList<string> CveIds { get; init; } = [];

    /// <summary>The advisory that carries it (dnf: RHSA-2024:1234, ALAS-...; Windows: the bulletin).</summary>
    public string? AdvisoryId { get; init; }

    /// <summary>The vendor says installing it needs a reboot (kernel, core libraries, most Windows updates).</summary>
    public bool RequiresReboot { get; init; }
}
