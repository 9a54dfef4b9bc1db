using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Baselines;

/// <summary>Which patches an instance of one OS family must have: approval rules, explicit lists and their compliance levels.</summary>
public sealed record PatchBaseline
{
    /// <summary><c>pb-</c> followed by 17 lower-case hex digits.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    /// <summary>Filters every patch must pass before any rule or list looks at it.</summary>
    public PatchFilterGroup GlobalFilters { get; init; } = PatchFilterGroup.Empty;

    /// <summary>Up to 10 rules; a patch is approved when any rule approves it.</summary>
    public IReadOnlyList<PatchRule> ApprovalRules { get; init; } = [];

    /// <summary>Patches approved whatever the rules say (format per OS family).</summary>
    public IReadOnlyList<string> ApprovedPatches { get; init; } = [];

    public ComplianceSeverity ApprovedPatchesComplianceLevel { get; init; } = ComplianceSeverity.Unspecified;

    /// <summary>Linux: explicitly approved patches may come from non-security repositories.</summary>
    public bool ApprovedPatchesEnableNonSecurity { get; init; }

    /// <summary>Patches never approved; a patch on both lists is rejected.</summary>
    public IReadOnlyList<string> RejectedPatches { get; init; } = [];

    public RejectedPatchesAction RejectedPatchesAction { get; init; } = RejectedPatchesAction.AllowAsDependency;
}
