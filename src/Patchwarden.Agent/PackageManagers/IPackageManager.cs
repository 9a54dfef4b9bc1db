using Patchwarden.Core.Patches;
using Patchwarden.Core.Validation;

namespace Patchwarden.Agent.PackageManagers;

/// <summary>The OS package manager of one machine, or of one isolated root: scan, install exact versions, reboot state.</summary>
/// <remarks>
/// Failures the caller reports to the server (lock held, a command that could not run) come back as
/// <see cref="Result{T}"/> errors; one package failing inside an install is an <see cref="InstallOutcome"/>, not an error.
/// </remarks>
public interface IPackageManager
{
    PackageManagerKind Kind { get; }

    /// <summary>Installed packages, available updates with their metadata, and the reboot state, as of now.</summary>
    Task<Result<Inventory>> ScanAsync(CancellationToken cancellationToken);

    /// <summary>Installs exactly <paramref name="packages"/> (nothing else is upgraded on purpose) and says, per package, what happened.</summary>
    /// <remarks>Callers rescan afterwards: dependencies may have moved too.</remarks>
    Task<Result<IReadOnlyList<InstallOutcome>>> InstallAsync(IReadOnlyList<PackageToInstall> packages, CancellationToken cancellationToken);

    /// <summary>Whether the OS says a reboot is needed for installed updates to take effect.</summary>
    Task<RebootStatus> IsRebootRequiredAsync(CancellationToken cancellationToken);
}
