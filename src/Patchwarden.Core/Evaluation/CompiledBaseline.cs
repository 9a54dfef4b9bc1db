using Patchwarden.Core.Baselines;
using Patchwarden.Core.Exceptions;
using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>A patch baseline analysed once (filters, wildcards, lists, rule order) and reusable, from any thread, to evaluate many inventories.</summary>
/// <remarks>See docs/evaluation.md for how each patch gets its state.</remarks>
public sealed class CompiledBaseline
{
    private readonly CompiledFilterGroup globalFilters;
    private readonly CompiledRule[] rules;
    private readonly bool approvedListRequiresSecurity;

    private CompiledBaseline(PatchBaseline baseline)
    {
        Baseline = baseline;
        PackageManager = baseline.OperatingSystem.PackageManager();
        var filters = new Dictionary<string, CompiledFilter>(StringComparer.Ordinal);
        globalFilters = CompiledFilterGroup.Compile(baseline.GlobalFilters, filters);
        // Most severe first: the first rule that approves a patch gives it the highest level any rule would, so the loop can stop there.
        rules = [.. (baseline.ApprovalRules ?? [])
            .Select((rule, index) => CompiledRule.Compile(rule, index, PackageManager, filters))
            .OrderByDescending(rule => rule.ComplianceLevel)];
        ApprovedList = PatchListMatcher.Compile(baseline.ApprovedPatches, PackageManager);
        RejectedList = PatchListMatcher.Compile(baseline.RejectedPatches, PackageManager);
        approvedListRequiresSecurity = !baseline.ApprovedPatchesEnableNonSecurity && PackageManager != PackageManagerKind.WindowsUpdate;
    }

    public PatchBaseline Baseline { get; }

    public PackageManagerKind PackageManager { get; }

    internal PatchListMatcher ApprovedList { get; }

    internal PatchListMatcher RejectedList { get; }

    /// <summary>Analyses <paramref name="baseline"/>; it should be valid (see <see cref="BaselineValidator"/>), but nothing here throws for a bad value.</summary>
    public static CompiledBaseline Compile(PatchBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new CompiledBaseline(baseline);
    }

    /// <summary>Evaluates one inventory at <paramref name="now"/>: a state and compliance severity per patch, with standing exceptions applied.</summary>
    /// <exception cref="ArgumentException">The inventory is of another operating system (see <see cref="BaselineEvaluator.Incompatibility"/>).</exception>
    public BaselineEvaluation Evaluate(Inventory inventory, InstanceContext instance, IReadOnlyList<StandingException> exceptions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(instance);
        if (BaselineEvaluator.Incompatibility(Baseline, inventory) is { } problem)
        {
            throw new ArgumentException(problem, nameof(inventory));
        }

        var patches = new PatchStateAssignment(this, inventory, now).Run();
        ExceptAll(patches, ApplicableExceptions.For(exceptions, instance, now));
        return new BaselineEvaluation
        {
            BaselineId = Baseline.Id,
            OperatingSystem = Baseline.OperatingSystem,
            EvaluatedAt = now,
            InventoryCapturedAt = inventory.CapturedAt,
            RebootRequired = inventory.RebootRequired,
            Patches = patches,
        };
    }

    /// <summary>The approval rules' release cutoffs at <paramref name="now"/>, in the compiled rule order.</summary>
    internal long[] Cutoffs(DateTimeOffset now)
    {
        var cutoffs = new long[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            cutoffs[i] = rules[i].ReleasedNoLaterThan(now);
        }

        return cutoffs;
    }

    /// <summary>
    /// The baseline's verdict on one package: global filters, then the rules (most severe first), then the approved list
    /// (which needs neither), then the rejected list (which overrides both). Exact approved-list entries that name the
    /// package are marked in <paramref name="approvedEntryMarks"/> when it is not empty. <paramref name="judgeUnapproved"/>
    /// says whether an unapproved package's rejection matters: for installed packages it decides InstalledRejected;
    /// unapproved updates are left out anyway, so for them the rejected-list lookups are saved.
    /// </summary>
    internal PatchApproval Approve(in PackageFacts facts, ReadOnlySpan<long> cutoffs, Span<bool> approvedEntryMarks, bool judgeUnapproved)
    {
        var source = ApprovalSource.None;
        var severity = ComplianceSeverity.Unspecified;
        int? ruleIndex = null;
        var memo = default(FilterMemo);
        if (globalFilters.Matches(facts, ref memo))
        {
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].Approves(facts, cutoffs[i], ref memo))
                {
                    source = ApprovalSource.Rule;
                    severity = rules[i].ComplianceLevel;
                    ruleIndex = rules[i].Index;
                    break;
                }
            }
        }

        // The approved list approves even what the global filters discard; it still honours the security-only setting.
        // It is consulted even when it cannot raise the severity, to mark the entries that name something present.
        var listCanRaise = source == ApprovalSource.None || Baseline.ApprovedPatchesComplianceLevel > severity;
        if (!ApprovedList.IsEmpty && (listCanRaise || ApprovedList.ExactEntries.Count > 0)
            && ApprovedList.Matches(facts, approvedEntryMarks)
            && listCanRaise
            && (!approvedListRequiresSecurity || facts.IsSecurity))
        {
            source = ApprovalSource.ApprovedList;
            severity = Baseline.ApprovedPatchesComplianceLevel;
            ruleIndex = null;
        }

        var rejected = !RejectedList.IsEmpty && (judgeUnapproved || source != ApprovalSource.None) && RejectedList.Matches(facts, default);
        return rejected
            ? new PatchApproval(ApprovalSource.None, severity, ruleIndex, IsRejected: true)
            : new PatchApproval(source, severity, ruleIndex, IsRejected: false);
    }

    private static void ExceptAll(List<PatchEvaluation> patches, ApplicableExceptions exceptions)
    {
        if (exceptions.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < patches.Count; i++)
        {
            if (patches[i].State.CanBeExcepted() && exceptions.For(patches[i].Id) is { } exception)
            {
                patches[i] = patches[i] with { Exception = exception };
            }
        }
    }
}
