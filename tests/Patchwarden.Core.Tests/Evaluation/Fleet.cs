using Patchwarden.Core.Baselines;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Tests.Evaluation;

/// <summary>Small builders for baselines, patches and inventories; each test states only what matters to it.</summary>
internal static class Fleet
{
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly InstanceContext Instance = new() { InstanceId = "i-0123456789abcdef0", Account = "payments-prod", Name = "web-1", PatchGroup = "web" };

    public static PatchBaseline Baseline(OperatingSystemFamily os, params PatchRule[] rules) => new()
    {
        Id = "pb-0123456789abcdef0",
        Name = "test",
        OperatingSystem = os,
        ApprovalRules = rules,
    };

    public static PatchBaseline Debian(params PatchRule[] rules) => Baseline(OperatingSystemFamily.Debian, rules);

    public static PatchBaseline Rhel(params PatchRule[] rules) => Baseline(OperatingSystemFamily.RedHatEnterpriseLinux, rules);

    public static PatchBaseline Windows(params PatchRule[] rules) => Baseline(OperatingSystemFamily.Windows, rules);

    /// <summary>A rule without delay that takes non-security updates too, so tests of filters see only the filters.</summary>
    public static PatchRule Rule(params PatchFilter[] filters) => new()
    {
        PatchFilterGroup = new PatchFilterGroup { PatchFilters = filters },
        ApproveAfterDays = 0,
        EnableNonSecurity = true,
    };

    public static PatchFilter Filter(PatchFilterKey key, params string[] values) => new() { Key = key, Values = values };

    public static PatchFilterGroup Group(params PatchFilter[] filters) => new() { PatchFilters = filters };

    public static Patch Deb(string name, string version = "1.0-2", string? installed = "1.0-1", bool security = true) => new()
    {
        Id = name,
        Name = name,
        Title = $"{name} update",
        Arch = "amd64",
        Version = version,
        InstalledVersion = installed,
        Priority = "optional",
        Section = "libs",
        IsSecurity = security,
        Repository = security ? "Debian-Security:12/bookworm-security" : "Debian:12/bookworm",
    };

    public static Patch Rpm(string name, string version = "3.0.7-27.el9", string? installed = "3.0.7-24.el9", string arch = "x86_64",
        string? classification = "Security", string? severity = "Important") => new()
    {
        Id = $"{name}.{arch}",
        Name = name,
        Title = $"{name} update",
        Arch = arch,
        Version = version,
        InstalledVersion = installed,
        Classification = classification,
        Severity = severity,
        IsSecurity = classification == "Security",
        AdvisoryId = classification is null ? null : "RHSA-2026:0101",
        CveIds = classification == "Security" ? ["CVE-2025-9230"] : [],
        ReleaseDate = Now.AddDays(-30),
    };

    public static Patch Kb(string kb, string classification = "SecurityUpdates", string? severity = "Critical") => new()
    {
        Id = kb,
        Name = kb,
        Title = $"2026-01 Cumulative Update ({kb})",
        Version = "",
        Classification = classification,
        Severity = severity,
        Product = "WindowsServer2022",
        ProductFamily = "Windows",
        ReleaseDate = Now.AddDays(-30),
    };

    public static InstalledPackage Installed(string id, string version = "1.0-1", string? name = null) => new()
    {
        Id = id,
        Name = name ?? id,
        Version = version,
        Arch = "amd64",
        Priority = "optional",
        Section = "libs",
    };

    public static Inventory Inventory(OperatingSystemFamily os, IReadOnlyList<Patch> updates, IReadOnlyList<InstalledPackage>? installed = null) => new()
    {
        OperatingSystem = os,
        Product = os switch
        {
            OperatingSystemFamily.Debian => "Debian12",
            OperatingSystemFamily.Windows => "WindowsServer2022",
            _ => "RedhatEnterpriseLinux9.4",
        },
        Updates = updates,
        Installed = installed ?? [],
        CapturedAt = Now.AddHours(-1),
    };

    public static BaselineEvaluation Evaluate(PatchBaseline baseline, Inventory inventory, DateTimeOffset? now = null, IReadOnlyList<StandingException>? exceptions = null) =>
        BaselineEvaluator.Evaluate(inventory, baseline, Instance, exceptions ?? [], now ?? Now);

    /// <summary>Evaluates one update alone; null when the baseline leaves it out (not approved).</summary>
    public static PatchEvaluation? EvaluateOne(PatchBaseline baseline, Patch update, DateTimeOffset? now = null) =>
        Evaluate(baseline, Inventory(baseline.OperatingSystem, [update]), now).Patches.SingleOrDefault(p => p.Id == update.Id);

    public static PatchEvaluation? Find(this BaselineEvaluation evaluation, string id) => evaluation.Patches.SingleOrDefault(p => p.Id == id);
}
