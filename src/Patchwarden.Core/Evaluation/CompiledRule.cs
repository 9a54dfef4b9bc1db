using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>One approval rule ready to test many patches: security gate, approval delay and filter group.</summary>
internal sealed class CompiledRule
{
    private readonly CompiledFilterGroup filters;
    private readonly int? approveAfterDays;
    private readonly long? approveUntilTicks;

    private CompiledRule(PatchRule rule, int index, PackageManagerKind packageManager, Dictionary<string, CompiledFilter> compiledFilters)
    {
        Index = index;
        ComplianceLevel = rule.ComplianceLevel;
        // Windows Update has no security-only repositories; the flag means nothing there.
        RequiresSecurity = !rule.EnableNonSecurity && packageManager != PackageManagerKind.WindowsUpdate;
        filters = CompiledFilterGroup.Compile(rule.PatchFilterGroup, compiledFilters);
        approveAfterDays = rule.ApproveAfterDays;
        // "Released on or before" the date: anything before the next UTC midnight.
        approveUntilTicks = rule.ApproveUntilDate is { } until
            ? new DateTimeOffset(until.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks - 1
            : null;
    }

    /// <summary>Where the rule stands in <see cref="PatchBaseline.ApprovalRules"/>.</summary>
    public int Index { get; }

    public ComplianceSeverity ComplianceLevel { get; }

    public bool RequiresSecurity { get; }

    public static CompiledRule Compile(PatchRule rule, int index, PackageManagerKind packageManager, Dictionary<string, CompiledFilter> compiledFilters) =>
        new(rule, index, packageManager, compiledFilters);

    /// <summary>The latest release instant (UTC ticks, inclusive) this rule approves at <paramref name="now"/>.</summary>
    /// <remarks>
    /// <c>ApproveAfterDays</c> N approves a patch once N whole days (N × 24 h) have passed since its release instant:
    /// released 2026-01-01T23:00Z with N = 1, it is approved from 2026-01-02T23:00Z on. 0 approves at once.
    /// <c>ApproveUntilDate</c> approves patches released on or before that UTC date, whatever <paramref name="now"/> is.
    /// </remarks>
    public long ReleasedNoLaterThan(DateTimeOffset now)
    {
        if (approveUntilTicks is { } until)
        {
            return until;
        }

        if (approveAfterDays is not ({ } days and > 0))
        {
            return long.MaxValue;
        }

        var cutoff = now.UtcTicks - (days * TimeSpan.TicksPerDay);
        return Math.Max(cutoff, DateTimeOffset.MinValue.UtcTicks);
    }

    /// <summary>The rule approves the package, given the cutoff from <see cref="ReleasedNoLaterThan"/>; an unknown release date is never held back.</summary>
    public bool Approves(in PackageFacts facts, long releasedNoLaterThan, ref FilterMemo memo) =>
        (!RequiresSecurity || facts.IsSecurity)
        && (facts.ReleaseTicks is not { } released || released <= releasedNoLaterThan)
        && filters.Matches(facts, ref memo);
}
