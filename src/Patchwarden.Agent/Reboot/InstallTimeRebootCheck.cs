using Patchwarden.Agent.PackageManagers;

namespace Patchwarden.Agent.Reboot;

/// <summary>Reboot needed when a core package (<see cref="CoreRebootPackages"/>) was installed after the machine booted.</summary>
public static class InstallTimeRebootCheck
{
    /// <param name="installed">Package name, id for reporting, and install time of every installed package.</param>
    /// <param name="bootTime">When the machine booted; null when unknown.</param>
    public static RebootStatus Evaluate(IEnumerable<(string Name, string Id, DateTimeOffset? InstalledAt)> installed, DateTimeOffset? bootTime)
    {
        if (bootTime is not { } booted)
        {
            return RebootStatus.NotRequired("the boot time is unknown, so no install can be placed after it");
        }

        var newer = installed
            .Where(p => CoreRebootPackages.Contains(p.Name) && p.InstalledAt > booted)
            .Select(p => p.Id)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return newer.Count == 0
            ? RebootStatus.NotRequired($"no core package was installed after boot at {booted:u}")
            : new RebootStatus { IsRequired = true, PackageIds = newer, Reason = $"core packages installed after boot at {booted:u}" };
    }
}
