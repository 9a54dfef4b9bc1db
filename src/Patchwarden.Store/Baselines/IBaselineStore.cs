using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Baselines;

/// <summary>Patch baselines, the default baseline of each OS family, and patch-group registrations. Not tenant data.</summary>
public interface IBaselineStore
{
    /// <summary>Adds a validated baseline. Done or AlreadyExists.</summary>
    Task<BaselineChangeStatus> CreateAsync(PatchBaseline baseline, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Replaces a baseline by id. Done, NotFound, or OperatingSystemMismatch (a baseline's OS never changes).</summary>
    Task<BaselineChangeStatus> UpdateAsync(PatchBaseline baseline, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Done, NotFound, or InUse (a default, or registered to a patch group).</summary>
    Task<BaselineChangeStatus> DeleteAsync(string id, CancellationToken cancellationToken);

    Task<StoredBaseline?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Baselines by name; only one OS family's when given.</summary>
    Task<IReadOnlyList<StoredBaseline>> ListAsync(OperatingSystemFamily? operatingSystem, CancellationToken cancellationToken);

    /// <summary>Makes the baseline its OS family's default (the previous default stops being one). Done, NotFound or OperatingSystemMismatch.</summary>
    Task<BaselineChangeStatus> SetDefaultAsync(OperatingSystemFamily operatingSystem, string baselineId, CancellationToken cancellationToken);

    /// <summary>Registers (or re-registers) the group for the baseline's OS family. Done, NotFound or OperatingSystemMismatch.</summary>
    Task<BaselineChangeStatus> RegisterPatchGroupAsync(PatchGroupRegistration registration, CancellationToken cancellationToken);

    /// <summary>Done or NotFound.</summary>
    Task<BaselineChangeStatus> DeregisterPatchGroupAsync(string patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken);

    /// <summary>Every registration, by group then OS.</summary>
    Task<IReadOnlyList<PatchGroupRegistration>> ListPatchGroupsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The baseline an instance is evaluated against, in the proven order: the baseline registered for its patch
    /// group and OS family, else the OS family's default; null when neither exists.
    /// </summary>
    Task<PatchBaseline?> ResolveEffectiveAsync(string? patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken);
}
