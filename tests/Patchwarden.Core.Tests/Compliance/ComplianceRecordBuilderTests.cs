using Patchwarden.Core.Compliance;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Tests.Compliance;

public sealed class ComplianceRecordBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly InstanceContext Instance = new() { InstanceId = "i-0123456789abcdef0", Account = "payments-prod", Name = "web-1", PatchGroup = "web" };
    private static readonly ExecutionSummary Execution = new() { ExecutionId = "ad378d84-32a9-4cac-a504-5b99490c37d4", ExecutionTime = Now };

    private static PatchEvaluation Patch(string id, PatchState state, ComplianceSeverity severity = ComplianceSeverity.Unspecified) =>
        new() { Id = id, Title = $"{id} title", State = state, Severity = severity, Classification = "Security", VendorSeverity = "Important" };

    private static ComplianceRecord Build(params PatchEvaluation[] patches) => ComplianceRecordBuilder.Build(
        new BaselineEvaluation
        {
            BaselineId = "pb-0123456789abcdef0",
            OperatingSystem = OperatingSystemFamily.Debian,
            EvaluatedAt = Now,
            InventoryCapturedAt = Now.AddHours(-1),
            Patches = patches,
        },
        Instance,
        Execution);

    public static TheoryData<string, PatchState, ComplianceStatus> StatusCases => new()
    {
        { "Installed", PatchState.Installed, ComplianceStatus.Compliant },
        { "InstalledOther", PatchState.InstalledOther, ComplianceStatus.Compliant },
        { "NotApplicable", PatchState.NotApplicable, ComplianceStatus.Compliant },
        { "Missing", PatchState.Missing, ComplianceStatus.NonCompliant },
        { "Failed", PatchState.Failed, ComplianceStatus.NonCompliant },
        { "InstalledPendingReboot", PatchState.InstalledPendingReboot, ComplianceStatus.NonCompliant },
        { "InstalledRejected", PatchState.InstalledRejected, ComplianceStatus.NonCompliant },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public void Status_is_NON_COMPLIANT_exactly_when_a_non_compliant_state_exists(string name, PatchState state, ComplianceStatus status)
    {
        Assert.NotEmpty(name);
        var record = Build(Patch("a", PatchState.Installed), Patch("b", state, ComplianceSeverity.High), Patch("c", PatchState.InstalledOther));
        Assert.Equal(status, record.Status);
        Assert.Equal(status == ComplianceStatus.NonCompliant ? ["b"] : [], record.MissingPatches.Select(p => p.Id));
        Assert.Equal(status == ComplianceStatus.NonCompliant ? 1 : 0, record.NonCompliantSummary.NonCompliantCount);
        Assert.Equal(status == ComplianceStatus.NonCompliant ? 2 : 3, record.CompliantSummary.CompliantCount);
    }

    [Fact]
    public void Overall_severity_is_the_highest_among_non_compliant_patches_only()
    {
        var record = Build(
            Patch("installed-critical", PatchState.Installed, ComplianceSeverity.Critical),
            Patch("missing-medium", PatchState.Missing, ComplianceSeverity.Medium),
            Patch("failed-high", PatchState.Failed, ComplianceSeverity.High),
            Patch("missing-low", PatchState.Missing, ComplianceSeverity.Low));
        Assert.Equal(ComplianceSeverity.High, record.OverallSeverity);
    }

    [Fact]
    public void Overall_severity_is_UNSPECIFIED_when_compliant()
    {
        var record = Build(Patch("a", PatchState.Installed, ComplianceSeverity.Critical));
        Assert.Equal((ComplianceStatus.Compliant, ComplianceSeverity.Unspecified), (record.Status, record.OverallSeverity));
    }

    [Fact]
    public void Severity_summaries_count_each_side_by_compliance_severity()
    {
        var record = Build(
            Patch("a", PatchState.Installed, ComplianceSeverity.Critical),
            Patch("b", PatchState.Installed, ComplianceSeverity.Critical),
            Patch("c", PatchState.InstalledOther),
            Patch("d", PatchState.NotApplicable, ComplianceSeverity.Informational),
            Patch("e", PatchState.Missing, ComplianceSeverity.High),
            Patch("f", PatchState.InstalledRejected, ComplianceSeverity.Low),
            Patch("g", PatchState.InstalledPendingReboot, ComplianceSeverity.Medium),
            Patch("h", PatchState.Failed, ComplianceSeverity.High));

        Assert.Equal(new SeveritySummary { CriticalCount = 2, InformationalCount = 1, UnspecifiedCount = 1 }, record.CompliantSummary.SeveritySummary);
        Assert.Equal(new SeveritySummary { HighCount = 2, MediumCount = 1, LowCount = 1 }, record.NonCompliantSummary.SeveritySummary);
        Assert.Equal((4, 4), (record.CompliantSummary.CompliantCount, record.NonCompliantSummary.NonCompliantCount));
        Assert.Equal(
            new PatchStateSummary { InstalledCount = 2, InstalledOtherCount = 1, NotApplicableCount = 1, MissingCount = 1, InstalledRejectedCount = 1, InstalledPendingRebootCount = 1, FailedCount = 1 },
            record.PatchStateSummary);
        Assert.True(record.RebootPending);
    }

    [Fact]
    public void Missing_patches_carry_their_state_and_the_vendor_s_classification_and_severity()
    {
        var record = Build(
            Patch("KB4485447", PatchState.Missing, ComplianceSeverity.Critical) with { Classification = "SecurityUpdates", VendorSeverity = "Critical" },
            Patch("KB890830", PatchState.Failed) with { Classification = null, VendorSeverity = null });

        Assert.Collection(
            record.MissingPatches,
            p => Assert.Equal(
                ("KB4485447", ComplianceSeverity.Critical, new MissingPatchDetails { Classification = "SecurityUpdates", PatchBaselineId = "pb-0123456789abcdef0", PatchGroup = "web", PatchSeverity = "Critical", PatchState = PatchState.Missing }),
                (p.Id, p.Severity, p.Details)),
            p => Assert.Equal(
                new MissingPatchDetails { Classification = "Unspecified", PatchBaselineId = "pb-0123456789abcdef0", PatchGroup = "web", PatchSeverity = "Unspecified", PatchState = PatchState.Failed },
                p.Details));
    }

    [Fact]
    public void The_record_names_the_instance_its_account_baseline_and_execution()
    {
        var record = Build(Patch("a", PatchState.Installed));
        Assert.Equal(
            ("Patch", "ManagedInstance", "i-0123456789abcdef0", "payments-prod", "web-1", "pb-0123456789abcdef0", "web", Execution, Now, false),
            (record.ComplianceType, record.ResourceType, record.ResourceId, record.Account, record.Name, record.PatchBaselineId, record.PatchGroup, record.ExecutionSummary, record.EvaluatedAt, record.RebootPending));
    }

    [Fact]
    public void An_instance_without_a_name_is_named_by_its_id()
    {
        var record = ComplianceRecordBuilder.Build(
            new BaselineEvaluation { BaselineId = "pb-0123456789abcdef0", OperatingSystem = OperatingSystemFamily.Debian, EvaluatedAt = Now, InventoryCapturedAt = Now, Patches = [], RebootRequired = true },
            Instance with { Name = null },
            Execution);
        Assert.Equal(("i-0123456789abcdef0", true), (record.Name, record.RebootPending));
    }
}
