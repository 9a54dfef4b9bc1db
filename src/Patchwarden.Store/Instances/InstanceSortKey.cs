namespace Patchwarden.Store.Instances;

/// <summary>What an instance listing is ordered by; ties are broken by id so paging is stable.</summary>
public enum InstanceSortKey
{
    Id,
    Name,
    Account,
    PatchGroup,
    LastSeen,
    LastScan,
    ComplianceStatus,

    /// <summary>Most severe first when descending.</summary>
    OverallSeverity,

    /// <summary>Number of non-compliant patches.</summary>
    NonCompliantCount,
}
