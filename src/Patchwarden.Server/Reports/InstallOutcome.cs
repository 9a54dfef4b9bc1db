namespace Patchwarden.Server.Reports;

/// <summary>What happened to one patch in an install operation.</summary>
public enum InstallOutcome
{
    /// <summary>Installed and in effect.</summary>
    Installed,

    /// <summary>Installed; takes effect after a reboot the operation did not do.</summary>
    InstalledPendingReboot,

    /// <summary>The package manager failed to install it.</summary>
    Failed,

    /// <summary>Not attempted (excluded, or no longer offered when the install ran).</summary>
    Skipped,
}
