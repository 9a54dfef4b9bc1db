using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Compliance;

/// <summary>Filters and keyset page of the compliance-item listing (ordered by instance id, then patch id).</summary>
public sealed record ComplianceItemQuery
{
    public const int MaxLimit = 5000;

    public string? Account { get; init; }

    public string? PatchGroup { get; init; }

    public string? InstanceId { get; init; }

    public string? PatchId { get; init; }

    /// <summary>Only these states; null or empty: every state.</summary>
    public IReadOnlyList<PatchState>? States { get; init; }

    public ComplianceSeverity? Severity { get; init; }

    /// <summary>Start after this item (the previous page's <see cref="ComplianceItemPage.Next"/>); null: from the start.</summary>
    public ComplianceItemCursor? After { get; init; }

    /// <summary>1–<see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 1000;
}

/// <summary>Where a compliance-item page ended: the last row's instance id and patch id.</summary>
public sealed record ComplianceItemCursor(string InstanceId, string PatchId);

/// <summary>A page of compliance items; <see cref="Next"/> is null on the last page.</summary>
public sealed record ComplianceItemPage(IReadOnlyList<ComplianceItem> Items, ComplianceItemCursor? Next);
