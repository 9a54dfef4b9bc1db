using System.Collections.Frozen;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Baselines;

/// <summary>The baseline each OS family uses when its patch group names none; each mirrors the proven model's predefined baseline.</summary>
/// <remarks>
/// Ids are fixed and recognisable: <c>pb-0000000000000000N</c>, N counting the families in declaration order
/// (1 Debian … b Windows; see docs/formats.md). Like the predefined baselines they assign compliance level
/// UNSPECIFIED; copy one and set levels to rank missing patches.
/// </remarks>
public static class DefaultBaselines
{
    private const int SevenDays = 7;

    private static readonly FrozenDictionary<OperatingSystemFamily, PatchBaseline> ByFamily = Build().ToFrozenDictionary(b => b.OperatingSystem);

    /// <summary>Every default baseline, one per OS family, in id order.</summary>
    public static IReadOnlyList<PatchBaseline> All { get; } = [.. ByFamily.Values.OrderBy(b => b.Id, StringComparer.Ordinal)];

    public static PatchBaseline For(OperatingSystemFamily operatingSystem) => ByFamily[operatingSystem];

    /// <summary>The fixed id of <paramref name="operatingSystem"/>'s default baseline.</summary>
    public static string IdFor(OperatingSystemFamily operatingSystem) =>
        $"{BaselineId.Prefix}{((int)operatingSystem + 1).ToString("x", System.Globalization.CultureInfo.InvariantCulture).PadLeft(BaselineId.HexDigits, '0')}";

    public static bool IsDefault(string baselineId) => All.Any(b => b.Id == baselineId);

    private static IEnumerable<PatchBaseline> Build()
    {
        // AWS-DebianDefaultPatchBaseline / AWS-UbuntuDefaultPatchBaseline: security updates of every priority, approved at once
        // ("no wait before approval because reliable release dates aren't available in the repos").
        foreach (var (family, name) in new[] { (OperatingSystemFamily.Debian, "Debian"), (OperatingSystemFamily.Ubuntu, "Ubuntu") })
        {
            yield return Baseline(family, name, $"Approves security updates of every priority ({string.Join(", ", PatchFilterKeys.AptPriorities)}) at once.",
                Rule(0, Filter(PatchFilterKey.Priority, PatchFilterKeys.AptPriorities)));
        }

        // AWS-RedHatDefaultPatchBaseline, AWS-RockyLinuxDefaultPatchBaseline, AWS-AlmaLinuxDefaultPatchBaseline,
        // AWS-AmazonLinux2DefaultPatchBaseline, AWS-AmazonLinux2023DefaultPatchBaseline: Security with severity Critical or
        // Important, and Bugfix, 7 days after release.
        foreach (var (family, name) in new[]
        {
            (OperatingSystemFamily.RedHatEnterpriseLinux, "RedHat"), (OperatingSystemFamily.RockyLinux, "RockyLinux"),
            (OperatingSystemFamily.AlmaLinux, "AlmaLinux"), (OperatingSystemFamily.AmazonLinux2, "AmazonLinux2"),
            (OperatingSystemFamily.AmazonLinux2023, "AmazonLinux2023"),
        })
        {
            yield return SecurityAndBugfix(family, name, "Critical", "Important");
        }

        // AWS-OracleLinuxDefaultPatchBaseline: Security with severity Important or Moderate, and Bugfix, 7 days after release.
        yield return SecurityAndBugfix(OperatingSystemFamily.OracleLinux, "OracleLinux", "Important", "Moderate");

        // AWS-CentOSDefaultPatchBaseline: every update, non-security ones included, 7 days after it becomes available.
        yield return Baseline(OperatingSystemFamily.CentOS, "CentOS", "Approves every update, non-security ones included, 7 days after release.",
            Rule(SevenDays, Filter(PatchFilterKey.Classification, ["*"])) with { EnableNonSecurity = true });

        // AWS-SuseDefaultPatchBaseline: Security with severity Critical or Important, 7 days after release.
        yield return Baseline(OperatingSystemFamily.Suse, "Suse", "Approves Critical and Important security patches 7 days after release.",
            Rule(SevenDays, Filter(PatchFilterKey.Classification, ["Security"]), Filter(PatchFilterKey.Severity, ["Critical", "Important"])));

        // AWS-DefaultPatchBaseline (AWS-WindowsPredefinedPatchBaseline-OS): CriticalUpdates and SecurityUpdates with MSRC
        // severity Critical or Important, 7 days after release, operating-system updates only.
        yield return Baseline(OperatingSystemFamily.Windows, "Windows", "Approves Critical and Important CriticalUpdates and SecurityUpdates 7 days after release.",
            Rule(SevenDays,
                Filter(PatchFilterKey.PatchSet, ["OS"]),
                Filter(PatchFilterKey.Classification, ["CriticalUpdates", "SecurityUpdates"]),
                Filter(PatchFilterKey.MsrcSeverity, ["Critical", "Important"])));
    }

    private static PatchBaseline SecurityAndBugfix(OperatingSystemFamily family, string name, params string[] severities) =>
        Baseline(family, name, $"Approves {string.Join(" and ", severities)} security updates and all bug fixes 7 days after release.",
            Rule(SevenDays, Filter(PatchFilterKey.Classification, ["Security"]), Filter(PatchFilterKey.Severity, severities)),
            // Bug fixes are not in security advisories, so this rule must enable non-security updates to approve anything.
            Rule(SevenDays, Filter(PatchFilterKey.Classification, ["Bugfix"])) with { EnableNonSecurity = true });

    private static PatchBaseline Baseline(OperatingSystemFamily family, string name, string description, params PatchRule[] rules) => new()
    {
        Id = IdFor(family),
        Name = $"Patchwarden-{name}DefaultPatchBaseline",
        Description = $"Default for {family.ToWireName()}. {description}",
        OperatingSystem = family,
        ApprovalRules = rules,
    };

    private static PatchRule Rule(int approveAfterDays, params PatchFilter[] filters) => new()
    {
        PatchFilterGroup = new PatchFilterGroup { PatchFilters = filters },
        ApproveAfterDays = approveAfterDays,
    };

    private static PatchFilter Filter(PatchFilterKey key, IReadOnlyList<string> values) => new() { Key = key, Values = values };
}
