using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Tests.Baselines;

/// <summary>Small valid baselines per package-manager family; tests change one thing and look at what the validator says.</summary>
internal static class SampleBaselines
{
    public static PatchBaseline Rhel() => new()
    {
        Id = "pb-0123456789abcdef0",
        Name = "rhel-prod",
        OperatingSystem = OperatingSystemFamily.RedHatEnterpriseLinux,
        ApprovalRules =
        [
            Rule(7, Filter(PatchFilterKey.Classification, "Security"), Filter(PatchFilterKey.Severity, "Critical", "Important")),
        ],
        ApprovedPatches = ["openssl.x86_64"],
        RejectedPatches = ["kernel-debug*"],
    };

    public static PatchBaseline Debian() => new()
    {
        Id = "pb-0123456789abcdef1",
        Name = "debian-prod",
        OperatingSystem = OperatingSystemFamily.Debian,
        ApprovalRules = [Rule(null, Filter(PatchFilterKey.Priority, "Required", "Important"))],
        ApprovedPatches = ["tzdata"],
        RejectedPatches = ["telnetd"],
    };

    public static PatchBaseline Windows() => new()
    {
        Id = "pb-0123456789abcdef2",
        Name = "windows-core",
        OperatingSystem = OperatingSystemFamily.Windows,
        ApprovalRules =
        [
            Rule(7, Filter(PatchFilterKey.Classification, "SecurityUpdates"), Filter(PatchFilterKey.MsrcSeverity, "Critical")),
        ],
        ApprovedPatches = ["KB4485447"],
        RejectedPatches = ["MS17-010"],
    };

    public static PatchRule Rule(int? approveAfterDays, params PatchFilter[] filters) => new()
    {
        PatchFilterGroup = new PatchFilterGroup { PatchFilters = filters },
        ApproveAfterDays = approveAfterDays,
    };

    public static PatchFilter Filter(PatchFilterKey key, params string[] values) => new() { Key = key, Values = values };

    /// <summary>The first rule's filters replaced by <paramref name="filters"/>.</summary>
    public static PatchBaseline WithFilters(this PatchBaseline baseline, params PatchFilter[] filters) =>
        baseline with { ApprovalRules = [baseline.ApprovalRules[0] with { PatchFilterGroup = new PatchFilterGroup { PatchFilters = filters } }] };

    /// <summary>The first rule changed by <paramref name="change"/>.</summary>
    public static PatchBaseline WithRule(this PatchBaseline baseline, Func<PatchRule, PatchRule> change) =>
        baseline with { ApprovalRules = [change(baseline.ApprovalRules[0])] };
}
