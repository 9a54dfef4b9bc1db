namespace Patchwarden.Agent.PackageManagers;

/// <summary>One entry of the exact install list the server computed: a patch id and the version to bring it to.</summary>
/// <param name="Id">The patch id as the scan reported it (apt: package name, dnf: <c>name.arch</c>).</param>
/// <param name="Version">The version as the scan reported it (apt: Debian version, dnf: <c>[epoch:]version-release</c>).</param>
public sealed record PackageToInstall(string Id, string Version);
