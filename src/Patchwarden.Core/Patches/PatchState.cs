using System.Text.Json.Serialization;

namespace Patchwarden.Core.Patches;

/// <summary>The state of one patch on one instance, as the proven model names it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PatchState>))]
public enum PatchState
{
    /// <summary>Approved by the baseline and installed.</summary>
    Installed,

    /// <summary>Installed, but not approved by the baseline.</summary>
    InstalledOther,

    /// <summary>Installed by a patch operation; the instance must reboot before it takes effect.</summary>
    InstalledPendingReboot,

    /// <summary>Installed although the baseline rejects it.</summary>
    InstalledRejected,

    /// <summary>Approved and applicable, but not installed.</summary>
    Missing,

    /// <summary>Approved, but nothing it updates is on the instance.</summary>
    NotApplicable,

    /// <summary>The last install attempt of this patch failed.</summary>
    Failed,
}
