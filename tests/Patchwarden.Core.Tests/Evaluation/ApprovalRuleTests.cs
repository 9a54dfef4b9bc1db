using Patchwarden.Core.Baselines;
using Patchwarden.Core.Evaluation;
using Patchwarden.Core.Patches;
using static Patchwarden.Core.Baselines.PatchFilterKey;
using static Patchwarden.Core.Tests.Evaluation.Fleet;

namespace Patchwarden.Core.Tests.Evaluation;

public sealed class ApprovalRuleTests
{
    public sealed record RuleCase(PatchBaseline Baseline, Patch Patch, ComplianceSeverity? Severity, int? RuleIndex = null);

    private static readonly Patch Openssl = Rpm("openssl", severity: "Important");

    private static PatchRule Level(ComplianceSeverity level, params PatchFilter[] filters) => Rule(filters) with { ComplianceLevel = level };

    private static readonly Dictionary<string, RuleCase> RuleCases = new()
    {
        ["rules are alternatives: the second approves"] = new(
            Rhel(Level(ComplianceSeverity.High, Filter(Classification, "Bugfix")), Level(ComplianceSeverity.Low, Filter(Classification, "Security"))),
            Openssl, ComplianceSeverity.Low, 1),
        ["no rule approves"] = new(
            Rhel(Level(ComplianceSeverity.High, Filter(Classification, "Bugfix")), Level(ComplianceSeverity.Low, Filter(Severity, "Critical"))),
            Openssl, null),
        ["the highest level of the approving rules wins"] = new(
            Rhel(Level(ComplianceSeverity.Medium, Filter(Classification, "Security")), Level(ComplianceSeverity.Critical, Filter(Severity, "Important")),
                Level(ComplianceSeverity.Low, Filter(Classification, "*"))),
            Openssl, ComplianceSeverity.Critical, 1),
        ["equal levels: the first rule is named"] = new(
            Rhel(Level(ComplianceSeverity.High, Filter(Classification, "Security")), Level(ComplianceSeverity.High, Filter(Severity, "Important"))),
            Openssl, ComplianceSeverity.High, 0),
        ["a rule without a level approves as UNSPECIFIED"] = new(Rhel(Rule(Filter(Classification, "Security"))), Openssl, ComplianceSeverity.Unspecified, 0),
        ["global filters keep a patch from every rule"] = new(
            Rhel(Level(ComplianceSeverity.High, Filter(Classification, "Security"))) with { GlobalFilters = Group(Filter(Severity, "Critical")) },
            Openssl, null),
        ["global filters let a matching patch through to the rules"] = new(
            Rhel(Level(ComplianceSeverity.High, Filter(Classification, "Security"))) with { GlobalFilters = Group(Filter(Severity, "Critical", "Important")) },
            Openssl, ComplianceSeverity.High, 0),
        ["global filters and a rule on different keys combine"] = new(
            Rhel(Level(ComplianceSeverity.High, Filter(Severity, "Important"))) with { GlobalFilters = Group(Filter(Product, "RedhatEnterpriseLinux8*")) },
            Openssl, null),
    };

    public static TheoryData<string> RuleNames => [.. RuleCases.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_patch_is_approved_by_any_rule_after_the_global_filters_with_the_highest_level(string name)
    {
        var test = RuleCases[name];
        var evaluation = EvaluateOne(test.Baseline, test.Patch);
        Assert.Equal(test.Severity, evaluation?.Severity);
        if (evaluation is not null)
        {
            Assert.Equal(ApprovalSource.Rule, evaluation.ApprovedBy);
            Assert.Equal(test.RuleIndex, evaluation.ApprovalRuleIndex);
        }
    }

    private static readonly DateTimeOffset LateEvening = new(2026, 1, 1, 23, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string?, int, string, bool> DelayCases => new()
    {
        { "N=1: exactly one day after release", "2026-01-01T23:00:00Z", 1, "2026-01-02T23:00:00Z", true },
        { "N=1: the next calendar day but not 24 h later", "2026-01-01T23:00:00Z", 1, "2026-01-02T01:00:00Z", false },
        { "N=1: one second short of a day", "2026-01-01T23:00:00Z", 1, "2026-01-02T22:59:59Z", false },
        { "N=7: seven days and a minute", "2026-01-01T23:00:00Z", 7, "2026-01-08T23:01:00Z", true },
        { "N=7: six days", "2026-01-01T23:00:00Z", 7, "2026-01-07T23:00:00Z", false },
        { "N=0: approved at once", "2026-01-01T23:00:00Z", 0, "2026-01-01T23:00:00Z", true },
        { "N=0: even when released after the clock", "2026-01-01T23:00:00Z", 0, "2026-01-01T22:00:00Z", true },
        { "release in another offset counts in UTC", "2026-01-02T01:00:00+02:00", 1, "2026-01-02T23:00:00Z", true },
        { "release in another offset, an hour short", "2026-01-02T02:00:00+02:00", 1, "2026-01-02T23:59:00Z", false },
        { "unknown release date: no delay", null, 360, "2026-01-01T00:00:00Z", true },
    };

    [Theory]
    [MemberData(nameof(DelayCases))]
    public void ApproveAfterDays_counts_whole_days_of_24_hours_from_the_release_instant(string name, string? released, int days, string now, bool approved)
    {
        Assert.NotEmpty(name);
        var baseline = Rhel(Rule(Filter(Classification, "Security")) with { ApproveAfterDays = days });
        var patch = Openssl with { ReleaseDate = released is null ? null : DateTimeOffset.Parse(released, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(approved, EvaluateOne(baseline, patch, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)) is not null);
    }

    public static TheoryData<string, string?, string, bool> UntilCases => new()
    {
        { "released before the date", "2025-12-31T10:00:00Z", "2026-01-01", true },
        { "released on the date, last second", "2026-01-01T23:59:59Z", "2026-01-01", true },
        { "released the next day at midnight", "2026-01-02T00:00:00Z", "2026-01-01", false },
        { "released on the date in local time but the next day in UTC", "2026-01-01T23:30:00-01:00", "2026-01-01", false },
        { "unknown release date", null, "2020-01-01", true },
    };

    [Theory]
    [MemberData(nameof(UntilCases))]
    public void ApproveUntilDate_approves_patches_released_on_or_before_that_UTC_date(string name, string? released, string until, bool approved)
    {
        Assert.NotEmpty(name);
        var baseline = Rhel(Rule(Filter(Classification, "Security")) with { ApproveAfterDays = null, ApproveUntilDate = DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture) });
        var patch = Openssl with { ReleaseDate = released is null ? null : DateTimeOffset.Parse(released, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(approved, EvaluateOne(baseline, patch, LateEvening.AddYears(1)) is not null);
    }
}
