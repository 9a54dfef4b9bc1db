namespace Patchwarden.Agent.PackageManagers;

/// <summary>What became of one requested package.</summary>
public enum InstallStatus
{
    /// <summary>The package is now fully installed at the requested version.</summary>
    Installed,

    /// <summary>It is not (or not fully) installed at the requested version; the outcome's message says why.</summary>
    Failed,
}
