using System.Runtime.InteropServices;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>One evaluation run: gives every approved update, every installed package and every unused approved-list entry its state.</summary>
/// <remarks>
/// <list type="number">
/// <item>Available updates: unapproved and rejected ones are left out. Of several candidate versions of one id the
/// highest approved one is kept (dpkg or rpm order). An approved update is Failed when its id failed in the last
/// operation, InstalledPendingReboot when its id waits for a reboot, NotApplicable when nothing it updates is on the
/// machine (a new package, not installed), else Missing.</item>
/// <item>Installed packages whose id no approved update took: InstalledRejected when rejected under BLOCK
/// (InstalledOther under ALLOW_AS_DEPENDENCY), InstalledPendingReboot when approved and waiting for a reboot,
/// Installed when approved, else InstalledOther.</item>
/// <item>Exact approved-list entries that named nothing in the inventory (and are not rejected): NotApplicable.</item>
/// </list>
/// </remarks>
internal sealed class PatchStateAssignment(CompiledBaseline baseline, Inventory inventory, DateTimeOffset now)
{
    private readonly PackageManagerKind packageManager = baseline.PackageManager;
    private readonly Comparison<string?> compareVersions = VersionOrder.For(baseline.PackageManager);
    private readonly HashSet<string>? failed = IdSet(inventory.FailedPatchIds);
    private readonly HashSet<string>? pendingReboot = IdSet(inventory.PendingRebootPatchIds);
    // Ids compare ordinally: RPM names are case-sensitive, and the ordinal default comparer is the fastest string key.
    private readonly Dictionary<string, int> indexById = new((inventory.Updates?.Count ?? 0) + (inventory.Installed?.Count ?? 0));
    private readonly List<PatchEvaluation> results = new((inventory.Updates?.Count ?? 0) + (inventory.Installed?.Count ?? 0));
    private HashSet<string>? installedNames;

    public List<PatchEvaluation> Run()
    {
        var cutoffs = baseline.Cutoffs(now);
        var marks = new bool[baseline.ApprovedList.ExactEntries.Count];
        AddUpdates(cutoffs, marks);
        AddInstalled(cutoffs, marks);
        AddUnusedApprovedEntries(marks);
        return results;
    }

    private void AddUpdates(long[] cutoffs, bool[] marks)
    {
        foreach (var patch in Items(inventory.Updates))
        {
            if (patch is null)
            {
                continue;
            }

            var approval = baseline.Approve(PackageFacts.Of(patch, inventory.Product, packageManager), cutoffs, marks, judgeUnapproved: false);
            if (!approval.IsApproved)
            {
                continue;
            }

            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexById, patch.Id, out var seen);
            if (!seen)
            {
                index = results.Count;
                results.Add(UpdateState(patch, approval));
            }
            else if (compareVersions(patch.Version, results[index].CandidateVersion) > 0)
            {
                results[index] = UpdateState(patch, approval);
            }
        }
    }

    private PatchEvaluation UpdateState(Patch patch, PatchApproval approval) => new()
    {
        Id = patch.Id,
        Title = patch.Title,
        State = failed?.Contains(patch.Id) == true ? PatchState.Failed
            : pendingReboot?.Contains(patch.Id) == true ? PatchState.InstalledPendingReboot
            : IsApplicable(patch) ? PatchState.Missing
            : PatchState.NotApplicable,
        Severity = approval.Severity,
        Classification = patch.Classification,
        VendorSeverity = patch.Severity,
        InstalledVersion = patch.InstalledVersion,
        CandidateVersion = patch.Version,
        ReleaseDate = patch.ReleaseDate,
        CveIds = patch.CveIds ?? [],
        AdvisoryId = patch.AdvisoryId,
        RequiresReboot = patch.RequiresReboot,
        ApprovedBy = approval.Source,
        ApprovalRuleIndex = approval.RuleIndex,
    };

    /// <summary>Windows Update only offers applicable updates; a Linux update applies when it upgrades something installed.</summary>
    private bool IsApplicable(Patch patch)
    {
        if (packageManager == PackageManagerKind.WindowsUpdate || patch.InstalledVersion is not null)
        {
            return true;
        }

        installedNames ??= new HashSet<string>(
            (inventory.Installed ?? []).Where(p => p is not null).SelectMany(p => new[] { p.Id, p.Name }),
            StringComparer.OrdinalIgnoreCase);
        return installedNames.Contains(patch.Id) || installedNames.Contains(patch.Name);
    }

    private void AddInstalled(long[] cutoffs, bool[] marks)
    {
        var firstInstalled = results.Count;
        foreach (var package in Items(inventory.Installed))
        {
            if (package is null)
            {
                continue;
            }

            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexById, package.Id, out var seen);
            if (seen && (index < firstInstalled || compareVersions(package.Version, results[index].InstalledVersion) <= 0))
            {
                // An approved update speaks for this id, or a newer installed version of it (install-only kernels) already does.
                continue;
            }

            var approval = baseline.Approve(PackageFacts.Of(package, inventory.Product, packageManager), cutoffs, marks, judgeUnapproved: true);
            var state = InstalledState(package, approval);
            var evaluation = new PatchEvaluation
            {
                Id = package.Id,
                State = state,
                Severity = state == PatchState.InstalledOther ? ComplianceSeverity.Unspecified : approval.Severity,
                Classification = package.Classification,
                VendorSeverity = package.Severity,
                InstalledVersion = package.Version,
                ApprovedBy = approval.Source,
                ApprovalRuleIndex = approval.RuleIndex,
            };

            if (seen)
            {
                results[index] = evaluation;
            }
            else
            {
                index = results.Count;
                results.Add(evaluation);
            }
        }
    }

    private PatchState InstalledState(InstalledPackage package, PatchApproval approval)
    {
        if (approval.IsRejected)
        {
            return baseline.Baseline.RejectedPatchesAction == RejectedPatchesAction.Block ? PatchState.InstalledRejected : PatchState.InstalledOther;
        }

        if (!approval.IsApproved)
        {
            return PatchState.InstalledOther;
        }

        return pendingReboot?.Contains(package.Id) == true ? PatchState.InstalledPendingReboot : PatchState.Installed;
    }

    private void AddUnusedApprovedEntries(bool[] marks)
    {
        var entries = baseline.ApprovedList.ExactEntries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (marks[i] || baseline.RejectedList.MatchesId(entries[i]))
            {
                continue;
            }

            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexById, entries[i], out var seen);
            if (seen)
            {
                continue;
            }

            index = results.Count;
            results.Add(new PatchEvaluation
            {
                Id = entries[i],
                State = PatchState.NotApplicable,
                Severity = baseline.Baseline.ApprovedPatchesComplianceLevel,
                ApprovedBy = ApprovalSource.ApprovedList,
            });
        }
    }

    /// <summary>The list's items as a span (no interface call per item) when it is an array or a List, as JSON and collection expressions make them.</summary>
    private static ReadOnlySpan<T> Items<T>(IReadOnlyList<T>? items) => items switch
    {
        null => [],
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => items.ToArray(),
    };

    private static HashSet<string>? IdSet(IReadOnlyList<string>? ids) =>
        ids is { Count: > 0 } ? new HashSet<string>(ids.Where(id => id is not null), StringComparer.Ordinal) : null;
}
