using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>Which patch states make an instance non-compliant, as in the proven model.</summary>
public static class PatchStateCompliance
{
    /// <summary>Installed, InstalledOther and NotApplicable are compliant; Missing, Failed, InstalledPendingReboot and InstalledRejected are not.</summary>
    public static bool IsCompliant(this PatchState state) => state is PatchState.Installed or PatchState.InstalledOther or PatchState.NotApplicable;

    /// <summary>States a standing exception can excuse: the patch is absent, whether or not an install was tried.</summary>
    public static bool CanBeExcepted(this PatchState state) => state is PatchState.Missing or PatchState.Failed;
}
