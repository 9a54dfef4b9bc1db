using CsCheck;
using Patchwarden.Core.Baselines;
using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class CompiledBaselineTests
{
    private static readonly PatchBaseline Baseline = Rhel(
            Rule(Filter(Classification, "Security"), Filter(Severity, "Critical")) with { ComplianceLevel = ComplianceSeverity.Critical, EnableNonSecurity = false },
            Rule(Filter(Classification, "Security"), Filter(Severity, "Important", "Moderate")) with { ComplianceLevel = ComplianceSeverity.High, ApproveAfterDays = 7 },
            Rule(Filter(Classification, "Bugfix")) with { ComplianceLevel = ComplianceSeverity.Low, ApproveAfterDays = 14 }) with
    {
        ApprovedPatches = ["tzdata", "pkg-3*"],
        ApprovedPatchesComplianceLevel = ComplianceSeverity.Medium,
        ApprovedPatchesEnableNonSecurity = true,
        RejectedPatches = ["pkg-1*"],
        RejectedPatchesAction = RejectedPatchesAction.Block,
    };

    private static readonly Gen<Patch> Update =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 30], Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[0, 40]).Select((name, release, classification, severity, age) =>
            Rpm($"pkg-{name}", version: $"1.{release}-1.el9", classification: new[] { "Security", "Bugfix", "Enhancement", null, "Security" }[classification],
                severity: new[] { "Critical", "Important", "Moderate", "Low", null }[severity]) with { ReleaseDate = Now.AddDays(-age) });

    private static readonly Gen<Inventory> Inventories =
        Gen.Select(Update.Array[0, 60], Gen.Int[0, 40].Array[0, 30], Gen.Int[0, 40].Array[0, 3], Gen.Int[0, 40].Array[0, 3]).Select((updates, installed, failed, pending) =>
            Inventory(OperatingSystemFamily.RedHatEnterpriseLinux, updates, [.. installed.Select(i => Installed($"pkg-{i}.x86_64", $"1.0-{i % 3}.el9", $"pkg-{i}"))]) with
            {
                FailedPatchIds = [.. failed.Select(i => $"pkg-{i}.x86_64")],
                PendingRebootPatchIds = [.. pending.Select(i => $"pkg-{i}.x86_64")],
            });

    [Fact]
    public void One_compiled_baseline_evaluates_many_inventories_as_a_fresh_one_does_each()
    {
        var compiled = CompiledBaseline.Compile(Baseline);
        Inventories.Sample(inventory =>
        {
            var reused = compiled.Evaluate(inventory, Instance, [], Now);
            var fresh = BaselineEvaluator.Evaluate(inventory, Baseline, Instance, [], Now);
            return reused.Patches.SequenceEqual(fresh.Patches);
        });
    }

    [Fact]
    public void Every_id_is_reported_once_and_the_record_lists_exactly_the_non_compliant_ones() =>
        Inventories.Sample(inventory =>
        {
            var evaluation = CompiledBaseline.Compile(Baseline).Evaluate(inventory, Instance, [], Now);
            var record = ComplianceRecordBuilder.Build(evaluation, Instance, new ExecutionSummary { ExecutionId = "e", ExecutionTime = Now });
            var nonCompliant = evaluation.Patches.Where(p => !p.State.IsCompliant()).Select(p => p.Id).ToList();
            return evaluation.Patches.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == evaluation.Patches.Count
                && record.MissingPatches.Select(p => p.Id).SequenceEqual(nonCompliant)
                && record.NonCompliantSummary.NonCompliantCount == nonCompliant.Count
                && record.CompliantSummary.CompliantCount + nonCompliant.Count == evaluation.Patches.Count
                && (record.Status == ComplianceStatus.NonCompliant) == (nonCompliant.Count > 0);
        });

    [Fact]
    public void Rules_sharing_a_filter_each_still_need_their_other_filters()
    {
        var baseline = Rhel(
            Rule(Filter(Classification, "Security"), Filter(Severity, "Critical")) with { ComplianceLevel = ComplianceSeverity.Critical },
            Rule(Filter(Classification, "security"), Filter(Severity, "Important")) with { ComplianceLevel = ComplianceSeverity.Low });
        Assert.Equal(ComplianceSeverity.Low, EvaluateOne(baseline, Rpm("openssl", severity: "Important"))?.Severity);
        Assert.Equal(ComplianceSeverity.Critical, EvaluateOne(baseline, Rpm("openssl", severity: "Critical"))?.Severity);
        Assert.Null(EvaluateOne(baseline, Rpm("openssl", severity: "Low")));
    }

    [Fact]
    public void An_inventory_of_another_operating_system_is_refused_with_a_reason()
    {
        var inventory = Inventory(OperatingSystemFamily.Debian, [Deb("openssl")]);
        Assert.Equal(
            "baseline pb-0123456789abcdef0 is for REDHAT_ENTERPRISE_LINUX, but the inventory is of a DEBIAN machine",
            BaselineEvaluator.Incompatibility(Baseline, inventory));
        Assert.Null(BaselineEvaluator.Incompatibility(Baseline, Inventory(OperatingSystemFamily.RedHatEnterpriseLinux, [])));
        var refused = Assert.Throws<ArgumentException>(() => BaselineEvaluator.Evaluate(inventory, Baseline, Instance, [], Now));
        Assert.StartsWith("baseline pb-0123456789abcdef0 is for REDHAT_ENTERPRISE_LINUX", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_evaluation_names_the_baseline_the_instant_and_the_inventory()
    {
        var inventory = Inventory(OperatingSystemFamily.RedHatEnterpriseLinux, []) with { RebootRequired = true };
        var evaluation = BaselineEvaluator.Evaluate(inventory, Baseline, Instance, [], Now);
        Assert.Equal(
            ("pb-0123456789abcdef0", OperatingSystemFamily.RedHatEnterpriseLinux, Now, inventory.CapturedAt, true),
            (evaluation.BaselineId, evaluation.OperatingSystem, evaluation.EvaluatedAt, evaluation.InventoryCapturedAt, evaluation.RebootRequired));
    }
}
