using Patchwarden.Core.Patches;

namespace Patchwarden.Server.Reports;

/// <summary>The inventory a report stands for: the scanned inventory, with an install report's failures and pending reboots folded in.</summary>
/// <remarks>Folding them into the stored inventory keeps a later re-evaluation (without a rescan) as truthful as the first one.</remarks>
public static class ReportedInventory
{
    public static Inventory Of(AgentReport report)
    {
        var inventory = report.Inventory;
        if (report.InstallResults is not { Count: > 0 } results)
        {
            return inventory;
        }

        var failed = Merge(inventory.FailedPatchIds, results, InstallOutcome.Failed);
        var pendingReboot = Merge(inventory.PendingRebootPatchIds, results, InstallOutcome.InstalledPendingReboot);
        return ReferenceEquals(failed, inventory.FailedPatchIds) && ReferenceEquals(pendingReboot, inventory.PendingRebootPatchIds)
            ? inventory
            : inventory with { FailedPatchIds = failed, PendingRebootPatchIds = pendingReboot };
    }

    private static IReadOnlyList<string> Merge(IReadOnlyList<string> ids, IReadOnlyList<InstallResult> results, InstallOutcome outcome)
    {
        var added = results.Where(r => r.Outcome == outcome).Select(r => r.PatchId).Except(ids, StringComparer.Ordinal).ToList();
        return added.Count == 0 ? ids : [.. ids, .. added];
    }
}
