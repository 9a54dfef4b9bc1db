using Patchwarden.Core.Baselines;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class PatchListTests
{
    private static readonly Patch Dbus = Rpm("dbus", version: "1:1.12.28-1.amzn2023.0.1", installed: "1:1.12.28-1.amzn2023.0.0");
    private static readonly Patch OpensslRpm = Rpm("openssl", version: "3.0.7-27.el9");

    public static TheoryData<string, string, bool> RpmForms => new()
    {
        { "dbus", "name", true },
        { "DBUS", "name ignoring case", true },
        { "dbus.x86_64", "name.arch", true },
        { "dbus.aarch64", "name.arch of another arch", false },
        { "dbus-1.12.28", "name-version", true },
        { "dbus-1.12.28-1.amzn2023.0.1", "name-version-release", true },
        { "dbus-1.12.28-1.amzn2023.0.1.x86_64", "name-version-release.arch", true },
        { "dbus-1.12.28-1.amzn2023.0.0.x86_64", "name-version-release.arch of another release", false },
        { "dbus-1:1.12.28-1.amzn2023.0.1", "name-epoch:version-release", true },
        { "dbus-1:1.12.28-1.amzn2023.0.1.x86_64", "name-epoch:version-release.arch", true },
        { "1:dbus-1.12.28-1.amzn2023.0.1.x86_64", "epoch:name-version-release.arch", true },
        { "dbus.x86_64:1:1.12.28-1.amzn2023.0.1", "name.arch:epoch:version-release", true },
        { "1.12.28-1.amzn2023.0.1", "version-release", true },
        { "1:1.12.28-1.amzn2023.0.1", "epoch:version-release", true },
        { "2:1.12.28-1.amzn2023.0.1", "epoch:version-release of another epoch", false },
        { "dbus-*", "name and wildcard", true },
        { "dbus-1.12.*.x86_64", "wildcard inside the version", true },
        { "*.x86_64", "wildcard before the arch", true },
        { "*.aarch64", "wildcard before another arch", false },
        { "dbus-libs", "another package of the same stem", false },
        { "RHSA-2026:0101", "advisory id", true },
        { "RHSA-2026:*", "advisory wildcard", true },
        { "CVE-2025-9230", "CVE fixed by the update", true },
        { "CVE-2025-0001", "another CVE", false },
    };

    [Theory]
    [MemberData(nameof(RpmForms))]
    public void Dnf_list_entries_name_a_package_in_every_documented_form(string entry, string form, bool approved)
    {
        Assert.NotEmpty(form);
        var baseline = Baseline(OperatingSystemFamily.AmazonLinux2023) with { ApprovedPatches = [entry] };
        Assert.Equal(approved, EvaluateOne(baseline, Dbus) is { ApprovedBy: ApprovalSource.ApprovedList });
    }

    [Theory]
    [InlineData("openssl-3.0.7-27.el9.x86_64", true)]
    [InlineData("openssl-0:3.0.7-27.el9.x86_64", true)]
    [InlineData("openssl-3.0.7-27.el9.x86_64.rpm", false)]
    public void A_missing_epoch_matches_as_zero_and_rpm_file_names_are_zypper_only(string entry, bool approved)
    {
        var baseline = Rhel() with { ApprovedPatches = [entry] };
        Assert.Equal(approved, EvaluateOne(baseline, OpensslRpm) is not null);
        var suse = Baseline(OperatingSystemFamily.Suse) with { ApprovedPatches = ["openssl-3.0.7-27.el9.x86_64.rpm"] };
        Assert.NotNull(EvaluateOne(suse, OpensslRpm));
    }

    [Theory]
    [InlineData("nginx", true)]
    [InlineData("NGINX", true)]
    [InlineData("nginx:amd64", true)]
    [InlineData("nginx:arm64", false)]
    [InlineData("ngin*", true)]
    [InlineData("*inx", true)]
    [InlineData("nginx-common", false)]
    public void Apt_list_entries_are_package_names_optionally_with_an_architecture(string entry, bool approved)
    {
        var baseline = Debian() with { ApprovedPatches = [entry] };
        Assert.Equal(approved, EvaluateOne(baseline, Deb("nginx")) is not null);
    }

    [Theory]
    [InlineData("KB5034439", true)]
    [InlineData("kb5034439", true)]
    [InlineData("MS26-001", true)]
    [InlineData("KB5034440", false)]
    public void Windows_list_entries_are_KB_ids_or_security_bulletins(string entry, bool approved)
    {
        var baseline = Windows() with { ApprovedPatches = [entry] };
        Assert.Equal(approved, EvaluateOne(baseline, Kb("KB5034439") with { AdvisoryId = "MS26-001" }) is not null);
    }

    public sealed record ListCase(PatchBaseline Baseline, Patch Patch, ApprovalSource Source, ComplianceSeverity Severity = ComplianceSeverity.Unspecified);

    private static readonly PatchRule HighSecurityRule = Rule(Filter(Classification, "Security")) with { ComplianceLevel = ComplianceSeverity.High };

    private static readonly Dictionary<string, ListCase> ListCases = new()
    {
        ["the approved list adds what no rule approves"] = new(Rhel() with { ApprovedPatches = ["openssl"] }, OpensslRpm, ApprovalSource.ApprovedList),
        ["the approved list approves what the global filters discard"] = new(
            Rhel(HighSecurityRule) with { ApprovedPatches = ["openssl"], GlobalFilters = Group(Filter(Severity, "Critical")) },
            OpensslRpm, ApprovalSource.ApprovedList),
        ["approved patches carry ApprovedPatchesComplianceLevel"] = new(
            Rhel() with { ApprovedPatches = ["openssl"], ApprovedPatchesComplianceLevel = ComplianceSeverity.Medium },
            OpensslRpm, ApprovalSource.ApprovedList, ComplianceSeverity.Medium),
        ["a rule's higher level beats the list's"] = new(
            Rhel(HighSecurityRule) with { ApprovedPatches = ["openssl"], ApprovedPatchesComplianceLevel = ComplianceSeverity.Low },
            OpensslRpm, ApprovalSource.Rule, ComplianceSeverity.High),
        ["the list's higher level beats a rule's"] = new(
            Rhel(HighSecurityRule) with { ApprovedPatches = ["openssl"], ApprovedPatchesComplianceLevel = ComplianceSeverity.Critical },
            OpensslRpm, ApprovalSource.ApprovedList, ComplianceSeverity.Critical),
        ["the rejected list removes what a rule approves"] = new(Rhel(HighSecurityRule) with { RejectedPatches = ["openssl*"] }, OpensslRpm, ApprovalSource.None),
        ["a patch on both lists is rejected"] = new(Rhel() with { ApprovedPatches = ["openssl"], RejectedPatches = ["openssl"] }, OpensslRpm, ApprovalSource.None),
        ["a rejected version leaves other versions alone"] = new(
            Rhel(HighSecurityRule) with { RejectedPatches = ["openssl-3.0.7-26.el9"] }, OpensslRpm, ApprovalSource.Rule, ComplianceSeverity.High),
    };

    public static TheoryData<string> ListNames => [.. ListCases.Keys];

    [Theory]
    [MemberData(nameof(ListNames))]
    public void The_approved_list_adds_and_the_rejected_list_removes(string name)
    {
        var test = ListCases[name];
        var evaluation = EvaluateOne(test.Baseline, test.Patch);
        Assert.Equal(test.Source, evaluation?.ApprovedBy ?? ApprovalSource.None);
        Assert.Equal(test.Severity, evaluation?.Severity ?? ComplianceSeverity.Unspecified);
    }
}
