using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Tests.Baselines.SampleBaselines;

namespace Patchwarden.Core.Tests.Baselines;

public sealed class BaselineValidatorTests
{
    private const string RuleFilters = "ApprovalRules[0].PatchFilterGroup.PatchFilters";

    /// <summary>Each case breaks one rule of a valid baseline; the validator must name exactly this field and say this.</summary>
    private static readonly Dictionary<string, (Func<PatchBaseline> Build, string Field, string Message)> Invalid = new()
    {
        ["id without the pb- prefix"] = (() => Rhel() with { Id = "xx-0123456789abcdef0" }, "Id",
            "'xx-0123456789abcdef0' is not a baseline id: expected 'pb-' followed by 17 lower-case hex digits"),
        ["id with upper-case hex"] = (() => Rhel() with { Id = "pb-0123456789ABCDEF0" }, "Id", "is not a baseline id"),
        ["id one digit short"] = (() => Rhel() with { Id = "pb-0123456789abcdef" }, "Id", "is not a baseline id"),
        ["name of two characters"] = (() => Rhel() with { Name = "ab" }, "Name", "is 2 characters long; it must have 3 to 128"),
        ["name of 129 characters"] = (() => Rhel() with { Name = new string('a', 129) }, "Name", "is 129 characters long; it must have 3 to 128"),
        ["name with a space"] = (() => Rhel() with { Name = "my baseline" }, "Name", "'my baseline' may only hold letters, digits, '_', '-' and '.'"),
        ["description of 1025 characters"] = (() => Rhel() with { Description = new string('d', 1025) }, "Description",
            "is 1025 characters long; at most 1024 are allowed"),
        ["undefined operating system"] = (() => Rhel() with { OperatingSystem = (OperatingSystemFamily)99 }, "OperatingSystem", "'99' is not one of DEBIAN,"),
        ["eleven rules"] = (() => Rhel() with { ApprovalRules = [.. Enumerable.Repeat(Rhel().ApprovalRules[0], 11)] }, "ApprovalRules",
            "has 11 rules; at most 10 are allowed"),
        ["five global filters"] = (() => Rhel() with
        {
            GlobalFilters = new PatchFilterGroup { PatchFilters = [.. Enumerable.Range(0, 5).Select(i => Filter(PatchFilterKey.Product, $"P{i}"))] },
        }, "GlobalFilters.PatchFilters", "has 5 filters; it must have 0 to 4"),
        ["global filter key not allowed for the OS"] = (() => Debian() with
        {
            GlobalFilters = new PatchFilterGroup { PatchFilters = [Filter(PatchFilterKey.Severity, "Critical")] },
        }, "GlobalFilters.PatchFilters[0].Key", "'SEVERITY' is not a filter key for DEBIAN; allowed: PRODUCT, PRIORITY, SECTION"),
        ["rule without filters"] = (() => Rhel().WithFilters(), RuleFilters, "has 0 filters; it must have 1 to 4"),
        ["rule with five filters"] = (() => Windows().WithFilters(
            Filter(PatchFilterKey.Product, "WindowsServer2022"), Filter(PatchFilterKey.ProductFamily, "Windows"),
            Filter(PatchFilterKey.Classification, "Updates"), Filter(PatchFilterKey.MsrcSeverity, "Low"), Filter(PatchFilterKey.PatchSet, "OS")),
            RuleFilters, "has 5 filters; it must have 1 to 4"),
        ["the same key twice in a group"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Severity, "Critical"), Filter(PatchFilterKey.Severity, "Low")),
            $"{RuleFilters}[1].Key", "'SEVERITY' appears more than once in this group; put all its values in one filter"),
        ["CLASSIFICATION on Debian"] = (() => Debian().WithFilters(Filter(PatchFilterKey.Classification, "Security")),
            $"{RuleFilters}[0].Key", "'CLASSIFICATION' is not a filter key for DEBIAN; allowed: PRODUCT, PRIORITY, SECTION"),
        ["SEVERITY on Windows"] = (() => Windows().WithFilters(Filter(PatchFilterKey.Severity, "Critical")),
            $"{RuleFilters}[0].Key", "'SEVERITY' is not a filter key for WINDOWS; allowed: PRODUCT, PRODUCT_FAMILY, CLASSIFICATION, MSRC_SEVERITY, PATCH_SET"),
        ["MSRC_SEVERITY on SUSE"] = (() => Rhel() with { OperatingSystem = OperatingSystemFamily.Suse, ApprovalRules = [Rule(7, Filter(PatchFilterKey.MsrcSeverity, "Critical"))] },
            $"{RuleFilters}[0].Key", "'MSRC_SEVERITY' is not a filter key for SUSE; allowed: PRODUCT, CLASSIFICATION, SEVERITY"),
        ["filter without values"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Product)), $"{RuleFilters}[0].Values", "has 0 values; it must have 1 to 20"),
        ["filter with 21 values"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Product, [.. Enumerable.Range(0, 21).Select(i => $"P{i}")])),
            $"{RuleFilters}[0].Values", "has 21 values; it must have 1 to 20"),
        ["empty value"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Product, "RHEL9", "")), $"{RuleFilters}[0].Values[1]", "must not be empty"),
        ["value of 65 characters"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Product, new string('p', 65))), $"{RuleFilters}[0].Values[0]",
            "is 65 characters long; at most 64 are allowed"),
        ["value with two wildcards"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Product, "Redhat*9*")), $"{RuleFilters}[0].Values[0]",
            "'Redhat*9*' has more than one '*' wildcard"),
        ["misspelt classification"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Classification, "Securty")), $"{RuleFilters}[0].Values[0]",
            "'Securty' is not a CLASSIFICATION value for REDHAT_ENTERPRISE_LINUX; allowed: Security, Bugfix, Enhancement, Recommended, Newpackage"),
        ["wildcard matching no severity"] = (() => Rhel().WithFilters(Filter(PatchFilterKey.Severity, "Urg*")), $"{RuleFilters}[0].Values[0]",
            "'Urg*' is not a SEVERITY value for REDHAT_ENTERPRISE_LINUX; allowed: Critical, Important, Moderate, Low"),
        ["Red Hat severity on Amazon Linux 2"] = (() => (Rhel() with { OperatingSystem = OperatingSystemFamily.AmazonLinux2 }).WithFilters(Filter(PatchFilterKey.Severity, "Moderate")),
            $"{RuleFilters}[0].Values[0]", "allowed: Critical, Important, Medium, Low"),
        ["zypper classification unknown"] = (() => (Rhel() with { OperatingSystem = OperatingSystemFamily.Suse }).WithFilters(Filter(PatchFilterKey.Classification, "Bugfix")),
            $"{RuleFilters}[0].Values[0]", "allowed: Security, Recommended, Optional, Feature, Document, Yast"),
        ["unknown MSRC severity"] = (() => Windows().WithFilters(Filter(PatchFilterKey.MsrcSeverity, "Severe")), $"{RuleFilters}[0].Values[0]",
            "allowed: Critical, Important, Moderate, Low, Unspecified"),
        ["unknown Windows classification"] = (() => Windows().WithFilters(Filter(PatchFilterKey.Classification, "SecurityUpdates", "Hotfixes")), $"{RuleFilters}[0].Values[1]",
            "'Hotfixes' is not a CLASSIFICATION value for WINDOWS"),
        ["unknown patch set"] = (() => Windows().WithFilters(Filter(PatchFilterKey.PatchSet, "APPS")), $"{RuleFilters}[0].Values[0]", "allowed: OS, APPLICATION"),
        ["unknown apt priority"] = (() => Debian().WithFilters(Filter(PatchFilterKey.Priority, "Urgent")), $"{RuleFilters}[0].Values[0]",
            "'Urgent' is not a PRIORITY value for DEBIAN; allowed: Required, Important, Standard, Optional, Extra"),
        ["both approval delays"] = (() => Rhel().WithRule(r => r with { ApproveUntilDate = new DateOnly(2024, 12, 31) }), "ApprovalRules[0]",
            "set either ApproveAfterDays or ApproveUntilDate, not both"),
        ["no approval delay on RHEL"] = (() => Rhel().WithRule(r => r with { ApproveAfterDays = null }), "ApprovalRules[0]",
            "needs ApproveAfterDays (0 to 360) or ApproveUntilDate (YYYY-MM-DD)"),
        ["no approval delay on Windows"] = (() => Windows().WithRule(r => r with { ApproveAfterDays = null }), "ApprovalRules[0]", "needs ApproveAfterDays"),
        ["361 days"] = (() => Rhel().WithRule(r => r with { ApproveAfterDays = 361 }), "ApprovalRules[0].ApproveAfterDays", "is 361; it must be 0 to 360"),
        ["negative days"] = (() => Debian().WithRule(r => r with { ApproveAfterDays = -1 }), "ApprovalRules[0].ApproveAfterDays", "is -1; it must be 0 to 360"),
        ["undefined compliance level"] = (() => Rhel().WithRule(r => r with { ComplianceLevel = (ComplianceSeverity)9 }), "ApprovalRules[0].ComplianceLevel",
            "'9' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNSPECIFIED"),
        ["non-security switch on a Windows rule"] = (() => Windows().WithRule(r => r with { EnableNonSecurity = true }), "ApprovalRules[0].EnableNonSecurity",
            "applies to Linux only"),
        ["non-security switch for Windows approved patches"] = (() => Windows() with { ApprovedPatchesEnableNonSecurity = true }, "ApprovedPatchesEnableNonSecurity",
            "applies to Linux only"),
        ["undefined approved compliance level"] = (() => Rhel() with { ApprovedPatchesComplianceLevel = (ComplianceSeverity)(-1) }, "ApprovedPatchesComplianceLevel", "is not one of"),
        ["undefined rejected action"] = (() => Rhel() with { RejectedPatchesAction = (RejectedPatchesAction)5 }, "RejectedPatchesAction",
            "'5' is not one of ALLOW_AS_DEPENDENCY, BLOCK"),
        ["51 approved patches"] = (() => Rhel() with { ApprovedPatches = [.. Enumerable.Range(0, 51).Select(i => $"pkg{i}")] }, "ApprovedPatches",
            "has 51 entries; at most 50 are allowed"),
        ["51 rejected patches"] = (() => Debian() with { RejectedPatches = [.. Enumerable.Range(0, 51).Select(i => $"pkg{i}")] }, "RejectedPatches",
            "has 51 entries; at most 50 are allowed"),
        ["empty rejected entry"] = (() => Rhel() with { RejectedPatches = ["a", "b", "c", ""] }, "RejectedPatches[3]", "must not be empty"),
        ["rejected entry of 101 characters"] = (() => Rhel() with { RejectedPatches = [new string('r', 101)] }, "RejectedPatches[0]",
            "is 101 characters long; at most 100 are allowed"),
        ["rejected entry that is only a wildcard"] = (() => Rhel() with { RejectedPatches = ["*"] }, "RejectedPatches[0]", "'*' alone would match every patch"),
        ["approved entry with two wildcards"] = (() => Rhel() with { ApprovedPatches = ["dbus*x86*"] }, "ApprovedPatches[0]", "has more than one '*' wildcard"),
        ["Windows entry that is not a KB"] = (() => Windows() with { ApprovedPatches = ["KB4485447", "4485447"] }, "ApprovedPatches[1]",
            "'4485447' is not a Windows update id"),
        ["Windows entry with a wildcard"] = (() => Windows() with { RejectedPatches = ["KB50*"] }, "RejectedPatches[0]", "is not a Windows update id"),
        ["Debian entry in upper case"] = (() => Debian() with { ApprovedPatches = ["OpenSSL"] }, "ApprovedPatches[0]", "'OpenSSL' is not a Debian package name"),
        ["Debian entry with an underscore"] = (() => Debian() with { RejectedPatches = ["lib_foo"] }, "RejectedPatches[0]", "is not a Debian package name"),
        ["RPM entry with a space"] = (() => Rhel() with { RejectedPatches = ["open ssl"] }, "RejectedPatches[0]", "'open ssl' is not an RPM package spec"),
        ["zypper entry with a slash"] = (() => Rhel() with { OperatingSystem = OperatingSystemFamily.Suse, ApprovalRules = [], ApprovedPatches = ["kernel/default"] },
            "ApprovedPatches[0]", "is not an RPM package spec"),
    };

    public static TheoryData<string> InvalidCases => [.. Invalid.Keys];

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_baseline_is_reported_on_the_exact_field(string name)
    {
        var (build, field, message) = Invalid[name];

        var errors = BaselineValidator.Validate(build()).Errors;

        Assert.True(errors.Any(e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal)), $"expected {field}: {message}; got {string.Join("; ", errors)}");
    }

    private static readonly Dictionary<string, Func<PatchBaseline>> Valid = new()
    {
        ["RHEL sample"] = Rhel,
        ["Debian sample"] = Debian,
        ["Windows sample"] = Windows,
        ["apt rule without any approval delay"] = () => Debian().WithRule(r => r with { ApproveAfterDays = null, ApproveUntilDate = null }),
        ["apt rule with a delay"] = () => Debian().WithRule(r => r with { ApproveAfterDays = 7 }),
        ["rule with a cut-off date"] = () => Rhel().WithRule(r => r with { ApproveAfterDays = null, ApproveUntilDate = new DateOnly(2024, 12, 31) }),
        ["0 and 360 days"] = () => Rhel() with { ApprovalRules = [Rhel().ApprovalRules[0] with { ApproveAfterDays = 0 }, Rhel().ApprovalRules[0] with { ApproveAfterDays = 360 }] },
        ["ten rules"] = () => Rhel() with { ApprovalRules = [.. Enumerable.Repeat(Rhel().ApprovalRules[0], 10)] },
        ["no rules at all"] = () => Rhel() with { ApprovalRules = [] },
        ["values in any case and with one wildcard"] = () => Rhel().WithFilters(Filter(PatchFilterKey.Classification, "security"), Filter(PatchFilterKey.Severity, "Crit*", "*")),
        ["open vocabularies take any value"] = () => Debian().WithFilters(Filter(PatchFilterKey.Product, "Debian12"), Filter(PatchFilterKey.Section, "net", "lib*")),
        ["Amazon Linux 2023 None severity"] = () => (Rhel() with { OperatingSystem = OperatingSystemFamily.AmazonLinux2023 }).WithFilters(Filter(PatchFilterKey.Severity, "None", "Medium")),
        ["four filters and twenty values"] = () => Windows().WithFilters(
            Filter(PatchFilterKey.Product, [.. Enumerable.Range(0, 20).Select(i => $"WindowsServer20{i:00}")]), Filter(PatchFilterKey.ProductFamily, "Windows"),
            Filter(PatchFilterKey.Classification, "Updates"), Filter(PatchFilterKey.PatchSet, "APPLICATION")),
        ["values of 64 characters and lists of 50"] = () => (Rhel().WithFilters(Filter(PatchFilterKey.Product, new string('p', 64)))) with
        {
            ApprovedPatches = [.. Enumerable.Range(0, 50).Select(i => $"pkg{i}")],
            RejectedPatches = [new string('r', 100)],
        },
        ["every RPM list form"] = () => Rhel() with
        {
            ApprovedPatches =
            [
                "dbus", "dbus.x86_64", "dbus-1.12.28", "dbus-1.12.28-1.amzn2023.0.1", "dbus-1:1.12.28-1.amzn2023.0.1.x86_64",
                "1:1.12.28-1.amzn2023.0.1", "dbus.x86_64:1:1.12.28-1.amzn2023.0.1", "dbus*", "dbus-*:1.12.28-1.amzn2023.0.1.x86_64",
                "RHSA-2017:0864", "ALAS-2018-123", "CVE-2018-1234567", "1234567",
            ],
        },
        ["Debian list forms"] = () => Debian() with { ApprovedPatches = ["openssl", "libc6:amd64", "libstdc++6", "lib*", "linux-image-6.1.0-22-amd64"] },
        ["Windows list forms in any case"] = () => Windows() with { ApprovedPatches = ["KB4485447", "kb890830", "MS17-010"] },
        ["name of three characters"] = () => Rhel() with { Name = "a.b" },
        ["name of 128 characters"] = () => Rhel() with { Name = new string('n', 128) },
        ["name with every kind of allowed character"] = () => Rhel() with { Name = "Prod_web-01.v2" },
        ["description of 1024 characters"] = () => Rhel() with { Description = new string('d', 1024) },
    };

    public static TheoryData<string> ValidCases => [.. Valid.Keys];

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_baseline_has_no_errors(string name) =>
        Assert.Empty(BaselineValidator.Validate(Valid[name]()).Errors);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var baseline = Rhel() with
        {
            Id = "pb-1",
            Name = "x",
            ApprovalRules =
            [
                Rule(400, Filter(PatchFilterKey.Classification, "Securty")),
                Rule(null, Filter(PatchFilterKey.PatchSet, "OS")),
            ],
            RejectedPatches = ["ok-package", "bad package"],
        };

        var fields = BaselineValidator.Validate(baseline).Errors.Select(e => e.Field).ToList();

        Assert.Equal(
            [
                "Id", "Name",
                "ApprovalRules[0].PatchFilterGroup.PatchFilters[0].Values[0]", "ApprovalRules[0].ApproveAfterDays",
                "ApprovalRules[1].PatchFilterGroup.PatchFilters[0].Key", "ApprovalRules[1]",
                "RejectedPatches[1]",
            ],
            fields);
    }
}
