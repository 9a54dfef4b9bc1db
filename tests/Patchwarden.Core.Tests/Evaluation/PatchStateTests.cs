using Patchwarden.Core.Baselines;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class PatchStateTests
{
    /// <summary>An inventory, a baseline, and the state expected for one id (null: not listed at all).</summary>
    public sealed record Case(PatchBaseline Baseline, Inventory Inventory, string Id, PatchState? State);

    private static readonly PatchBaseline SecurityBaseline = Debian(Rule(Filter(Priority, "*")) with { EnableNonSecurity = false, ComplianceLevel = ComplianceSeverity.High });

    private static Inventory Deb(IReadOnlyList<Patch> updates, IReadOnlyList<InstalledPackage>? installed = null) =>
        Inventory(OperatingSystemFamily.Debian, updates, installed);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["an approved applicable update is Missing"] = new(SecurityBaseline, Deb([Fleet.Deb("openssl")], [Installed("openssl")]), "openssl", PatchState.Missing),
        ["an approved update whose install failed is Failed"] = new(
            SecurityBaseline, Deb([Fleet.Deb("openssl")]) with { FailedPatchIds = ["openssl"] }, "openssl", PatchState.Failed),
        ["an approved update pending reboot is InstalledPendingReboot"] = new(
            SecurityBaseline, Deb([Fleet.Deb("linux-image-amd64")]) with { PendingRebootPatchIds = ["linux-image-amd64"] }, "linux-image-amd64", PatchState.InstalledPendingReboot),
        ["an approved installed package pending reboot is InstalledPendingReboot"] = new(
            Debian(Rule(Filter(Priority, "*"))), Deb([], [Installed("libc6")]) with { PendingRebootPatchIds = ["libc6"] }, "libc6", PatchState.InstalledPendingReboot),
        ["an unapproved installed package pending reboot is InstalledOther"] = new(
            SecurityBaseline, Deb([], [Installed("libc6")]) with { PendingRebootPatchIds = ["libc6"] }, "libc6", PatchState.InstalledOther),
        ["an update that is not approved is not listed"] = new(SecurityBaseline, Deb([Fleet.Deb("nginx", security: false)]), "nginx", null),
        ["an approved update of a package not on the machine is NotApplicable"] = new(
            SecurityBaseline, Deb([Fleet.Deb("linux-image-6.1.0-42-amd64", installed: null)]), "linux-image-6.1.0-42-amd64", PatchState.NotApplicable),
        ["an update without installed version is applicable when the package is listed installed"] = new(
            SecurityBaseline, Deb([Fleet.Deb("openssl", installed: null)], [Installed("openssl")]), "openssl", PatchState.Missing),
        ["an installed package the baseline approves is Installed"] = new(Debian(Rule(Filter(Priority, "optional"))), Deb([], [Installed("curl")]), "curl", PatchState.Installed),
        ["an installed package the baseline does not approve is InstalledOther"] = new(Debian(Rule(Filter(Priority, "required"))), Deb([], [Installed("curl")]), "curl", PatchState.InstalledOther),
        ["an installed package whose update is not approved yet is judged as installed"] = new(
            Rhel(Rule(Filter(Classification, "Security")) with { EnableNonSecurity = false, ApproveAfterDays = 7 }),
            Inventory(OperatingSystemFamily.RedHatEnterpriseLinux, [Rpm("openssl") with { ReleaseDate = Now.AddDays(-1) }],
                [Installed("openssl.x86_64", "3.0.7-24.el9", "openssl") with { Classification = "Security" }]),
            "openssl.x86_64", PatchState.Installed),
        ["apt: an installed package has no origin, so a security-only rule leaves it InstalledOther"] = new(
            SecurityBaseline, Deb([], [Installed("curl")]), "curl", PatchState.InstalledOther),
        ["a rejected installed package under BLOCK is InstalledRejected"] = new(
            Debian(Rule(Filter(Priority, "*"))) with { RejectedPatches = ["telnetd"], RejectedPatchesAction = RejectedPatchesAction.Block },
            Deb([], [Installed("telnetd")]), "telnetd", PatchState.InstalledRejected),
        ["a rejected installed package under ALLOW_AS_DEPENDENCY is InstalledOther"] = new(
            Debian(Rule(Filter(Priority, "*"))) with { RejectedPatches = ["telnetd"], RejectedPatchesAction = RejectedPatchesAction.AllowAsDependency },
            Deb([], [Installed("telnetd")]), "telnetd", PatchState.InstalledOther),
        ["a rejected update of an installed package under BLOCK is InstalledRejected"] = new(
            SecurityBaseline with { RejectedPatches = ["openssl"], RejectedPatchesAction = RejectedPatchesAction.Block },
            Deb([Fleet.Deb("openssl")], [Installed("openssl")]), "openssl", PatchState.InstalledRejected),
        ["an explicitly approved patch not on the machine is NotApplicable"] = new(
            Debian() with { ApprovedPatches = ["openssl", "tzdata"] }, Deb([Fleet.Deb("openssl")], [Installed("openssl")]), "tzdata", PatchState.NotApplicable),
        ["an explicitly approved patch that is installed is not NotApplicable"] = new(
            Debian() with { ApprovedPatches = ["tzdata"], ApprovedPatchesEnableNonSecurity = true }, Deb([], [Installed("tzdata")]), "tzdata", PatchState.Installed),
        ["an approved entry that is also rejected is not NotApplicable"] = new(
            Debian() with { ApprovedPatches = ["tzdata"], RejectedPatches = ["tz*"] }, Deb([]), "tzdata", null),
        ["a wildcard approved entry is never NotApplicable"] = new(Debian() with { ApprovedPatches = ["tz*"] }, Deb([]), "tz*", null),
        ["an approved Windows update is Missing even with nothing installed"] = new(
            Windows(Rule(Filter(Classification, "SecurityUpdates"))), Inventory(OperatingSystemFamily.Windows, [Kb("KB5034439")]), "KB5034439", PatchState.Missing),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_patch_gets_the_state_the_proven_model_gives_it(string name)
    {
        var test = Cases[name];
        var evaluation = Evaluate(test.Baseline, test.Inventory);
        Assert.Equal(test.State, evaluation.Find(test.Id)?.State);
    }

    public static TheoryData<string, OperatingSystemFamily, string[], string> LatestVersionCases => new()
    {
        { "dpkg order: revision", OperatingSystemFamily.Debian, ["1.0-2", "1.0-10", "1.0-9"], "1.0-10" },
        { "dpkg order: epoch beats everything", OperatingSystemFamily.Debian, ["1:1.0-1", "9.9-9"], "1:1.0-1" },
        { "dpkg order: tilde is older", OperatingSystemFamily.Debian, ["3.0.11-1~deb12u2", "3.0.11-1"], "3.0.11-1" },
        { "rpm order: numeric segments", OperatingSystemFamily.RedHatEnterpriseLinux, ["3.0.7-9.el9", "3.0.7-27.el9", "3.0.7-24.el9"], "3.0.7-27.el9" },
        { "rpm order: epoch", OperatingSystemFamily.RedHatEnterpriseLinux, ["1:3.0.7-1.el9", "3.0.9-1.el9"], "1:3.0.7-1.el9" },
    };

    [Theory]
    [MemberData(nameof(LatestVersionCases))]
    public void The_latest_approved_candidate_version_is_the_one_reported(string name, OperatingSystemFamily os, string[] versions, string latest)
    {
        Assert.NotEmpty(name);
        var updates = os == OperatingSystemFamily.Debian
            ? versions.Select(v => Fleet.Deb("openssl", version: v)).ToArray()
            : versions.Select(v => Rpm("openssl", version: v)).ToArray();
        var baseline = Baseline(os, Rule());
        var evaluation = Evaluate(baseline, Inventory(os, updates));
        var reported = Assert.Single(evaluation.Patches);
        Assert.Equal(latest, reported.CandidateVersion);
    }

    [Fact]
    public void A_newer_unapproved_candidate_leaves_the_older_approved_one_reported()
    {
        var baseline = Rhel(Rule(Filter(Classification, "Security")) with { ApproveAfterDays = 7 });
        var older = Rpm("openssl", version: "3.0.7-24.el9") with { ReleaseDate = Now.AddDays(-10) };
        var newer = Rpm("openssl", version: "3.0.7-27.el9") with { ReleaseDate = Now.AddDays(-2) };
        var evaluation = Evaluate(baseline, Inventory(OperatingSystemFamily.RedHatEnterpriseLinux, [newer, older]));
        Assert.Equal("3.0.7-24.el9", Assert.Single(evaluation.Patches).CandidateVersion);
    }

    [Fact]
    public void Of_several_installed_versions_of_one_id_the_newest_is_reported()
    {
        var baseline = Rhel(Rule(Filter(Classification, "*")));
        var kernels = new[] { "5.14.0-427.13.1.el9_4", "5.14.0-503.11.1.el9_5", "5.14.0-362.8.1.el9_3" }
            .Select(v => Installed("kernel.x86_64", v, "kernel")).ToArray();
        var evaluation = Evaluate(baseline, Inventory(OperatingSystemFamily.RedHatEnterpriseLinux, [], kernels));
        Assert.Equal("5.14.0-503.11.1.el9_5", Assert.Single(evaluation.Patches).InstalledVersion);
    }

    [Fact]
    public void Every_patch_id_is_reported_once_in_inventory_order()
    {
        var baseline = Debian(Rule(Filter(Priority, "*"))) with { ApprovedPatches = ["tzdata"], RejectedPatches = ["telnetd"], RejectedPatchesAction = RejectedPatchesAction.Block };
        var inventory = Deb(
            [Fleet.Deb("openssl"), Fleet.Deb("libc6"), Fleet.Deb("openssl", version: "1.0-3")],
            [Installed("openssl"), Installed("curl"), Installed("telnetd"), Installed("libc6")]);
        var evaluation = Evaluate(baseline, inventory);
        Assert.Equal(["openssl", "libc6", "curl", "telnetd", "tzdata"], evaluation.Patches.Select(p => p.Id));
        Assert.Equal(
            [PatchState.Missing, PatchState.Missing, PatchState.Installed, PatchState.InstalledRejected, PatchState.NotApplicable],
            evaluation.Patches.Select(p => p.State));
    }

    [Fact]
    public void An_installed_rejected_package_keeps_the_severity_a_rule_would_give_it()
    {
        var baseline = Debian(Rule(Filter(Priority, "*")) with { ComplianceLevel = ComplianceSeverity.Medium }) with
        {
            RejectedPatches = ["telnetd"],
            RejectedPatchesAction = RejectedPatchesAction.Block,
        };
        var rejected = Evaluate(baseline, Deb([], [Installed("telnetd")])).Find("telnetd");
        Assert.Equal((PatchState.InstalledRejected, ComplianceSeverity.Medium, ApprovalSource.None), (rejected?.State, rejected?.Severity, rejected?.ApprovedBy));
    }
}
