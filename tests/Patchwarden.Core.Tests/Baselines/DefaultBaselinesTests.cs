using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Tests.Baselines;

public sealed class DefaultBaselinesTests
{
    public static TheoryData<OperatingSystemFamily> Families => [.. Enum.GetValues<OperatingSystemFamily>()];

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_family_has_a_default_that_validates_cleanly(OperatingSystemFamily family)
    {
        var baseline = DefaultBaselines.For(family);

        Assert.Equal(family, baseline.OperatingSystem);
        Assert.Empty(BaselineValidator.Validate(baseline).Errors);
        Assert.NotEmpty(baseline.ApprovalRules);
    }

    [Theory]
    [InlineData(OperatingSystemFamily.Debian, "pb-00000000000000001")]
    [InlineData(OperatingSystemFamily.Ubuntu, "pb-00000000000000002")]
    [InlineData(OperatingSystemFamily.RedHatEnterpriseLinux, "pb-00000000000000003")]
    [InlineData(OperatingSystemFamily.AmazonLinux2023, "pb-00000000000000009")]
    [InlineData(OperatingSystemFamily.Suse, "pb-0000000000000000a")]
    [InlineData(OperatingSystemFamily.Windows, "pb-0000000000000000b")]
    public void Default_ids_are_fixed_and_recognisable(OperatingSystemFamily family, string id)
    {
        Assert.Equal(id, DefaultBaselines.For(family).Id);
        Assert.True(DefaultBaselines.IsDefault(id));
    }

    [Fact]
    public void Default_ids_and_names_are_unique()
    {
        Assert.Equal(Enum.GetValues<OperatingSystemFamily>().Length, DefaultBaselines.All.Select(b => b.Id).Distinct().Count());
        Assert.Equal(DefaultBaselines.All.Count, DefaultBaselines.All.Select(b => b.Name).Distinct().Count());
        Assert.False(DefaultBaselines.IsDefault("pb-0123456789abcdef0"));
    }

    [Theory]
    [InlineData(OperatingSystemFamily.Debian)]
    [InlineData(OperatingSystemFamily.Ubuntu)]
    public void Apt_defaults_approve_security_updates_of_every_priority_at_once(OperatingSystemFamily family)
    {
        var rule = Assert.Single(DefaultBaselines.For(family).ApprovalRules);

        var filter = Assert.Single(rule.PatchFilterGroup.PatchFilters);
        Assert.Equal(PatchFilterKey.Priority, filter.Key);
        Assert.Equal(["Required", "Important", "Standard", "Optional", "Extra"], filter.Values);
        Assert.Equal(0, rule.ApproveAfterDays);
        Assert.False(rule.EnableNonSecurity);
    }

    [Theory]
    [InlineData(OperatingSystemFamily.RedHatEnterpriseLinux, "Critical,Important")]
    [InlineData(OperatingSystemFamily.RockyLinux, "Critical,Important")]
    [InlineData(OperatingSystemFamily.AlmaLinux, "Critical,Important")]
    [InlineData(OperatingSystemFamily.AmazonLinux2, "Critical,Important")]
    [InlineData(OperatingSystemFamily.AmazonLinux2023, "Critical,Important")]
    [InlineData(OperatingSystemFamily.OracleLinux, "Important,Moderate")]
    public void Rpm_defaults_approve_security_by_severity_and_bug_fixes_after_seven_days(OperatingSystemFamily family, string severities)
    {
        var rules = DefaultBaselines.For(family).ApprovalRules;

        Assert.Equal(2, rules.Count);
        Assert.All(rules, rule => Assert.Equal(7, rule.ApproveAfterDays));
        Assert.Equal(severities.Split(','), rules[0].PatchFilterGroup.PatchFilters.Single(f => f.Key == PatchFilterKey.Severity).Values);
        Assert.Equal(["Security"], rules[0].PatchFilterGroup.PatchFilters.Single(f => f.Key == PatchFilterKey.Classification).Values);
        Assert.False(rules[0].EnableNonSecurity);
        Assert.Equal(["Bugfix"], Assert.Single(rules[1].PatchFilterGroup.PatchFilters).Values);
        Assert.True(rules[1].EnableNonSecurity);
    }

    [Fact]
    public void Windows_default_approves_critical_and_security_updates_rated_critical_or_important()
    {
        var rule = Assert.Single(DefaultBaselines.For(OperatingSystemFamily.Windows).ApprovalRules);
        var filters = rule.PatchFilterGroup.PatchFilters.ToDictionary(f => f.Key, f => f.Values);

        Assert.Equal(["CriticalUpdates", "SecurityUpdates"], filters[PatchFilterKey.Classification]);
        Assert.Equal(["Critical", "Important"], filters[PatchFilterKey.MsrcSeverity]);
        Assert.Equal(7, rule.ApproveAfterDays);
    }

    [Fact]
    public void Suse_default_approves_critical_and_important_security_patches()
    {
        var rule = Assert.Single(DefaultBaselines.For(OperatingSystemFamily.Suse).ApprovalRules);
        var filters = rule.PatchFilterGroup.PatchFilters.ToDictionary(f => f.Key, f => f.Values);

        Assert.Equal(["Security"], filters[PatchFilterKey.Classification]);
        Assert.Equal(["Critical", "Important"], filters[PatchFilterKey.Severity]);
        Assert.Equal(7, rule.ApproveAfterDays);
    }

    [Fact]
    public void Defaults_leave_compliance_levels_unspecified_like_the_predefined_baselines() =>
        Assert.All(DefaultBaselines.All, baseline =>
        {
            Assert.Equal(ComplianceSeverity.Unspecified, baseline.ApprovedPatchesComplianceLevel);
            Assert.All(baseline.ApprovalRules, rule => Assert.Equal(ComplianceSeverity.Unspecified, rule.ComplianceLevel));
        });
}
