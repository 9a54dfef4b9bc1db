namespace Patchwarden.Store.Compliance;

/// <summary>An evaluation's summary as the instance and history columns keep it; with a report, also its execution and time.</summary>
internal sealed record SummaryColumns
{
    public required string InstanceId { get; init; }

    public string? ExecutionId { get; init; }

    public string? Operation { get; init; }

    public long? ReceivedAt { get; init; }

    public required string ComplianceStatus { get; init; }

    public required string OverallSeverity { get; init; }

    public required long EvaluatedAt { get; init; }

    public required string BaselineId { get; init; }

    public required int CompliantCount { get; init; }

    public required int NonCompliantCount { get; init; }

    public required int InstalledCount { get; init; }

    public required int InstalledOtherCount { get; init; }

    public required int InstalledPendingRebootCount { get; init; }

    public required int InstalledRejectedCount { get; init; }

    public required int MissingCount { get; init; }

    public required int FailedCount { get; init; }

    public required int NotApplicableCount { get; init; }
}
