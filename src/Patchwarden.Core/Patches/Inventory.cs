namespace Patchwarden.Core.Patches;

/// <summary>What one scan (or the rescan after an install) found on one machine.</summary>
public sealed record Inventory
{
    public required OperatingSystemFamily OperatingSystem { get; init; }

    /// <summary>The machine's product, e.g. <c>Debian12</c>; filters on PRODUCT match it when a patch names none.</summary>
    public string? Product { get; init; }

    public IReadOnlyList<InstalledPackage> Installed { get; init; } = [];

    /// <summary>Updates the package manager offers now.</summary>
    public IReadOnlyList<Patch> Updates { get; init; } = [];

    /// <summary>Patch ids whose install failed in the operation that produced this inventory.</summary>
    public IReadOnlyList<string> FailedPatchIds { get; init; } = [];

    /// <summary>Patch ids installed by a patch operation that wait for a reboot to take effect.</summary>
    public IReadOnlyList<string> PendingRebootPatchIds { get; init; } = [];

    /// <summary>The OS says a reboot is required (e.g. <c>/var/run/reboot-required</c>).</summary>
    public bool RebootRequired { get; init; }

    public required DateTimeOffset CapturedAt { get; init; }
}
