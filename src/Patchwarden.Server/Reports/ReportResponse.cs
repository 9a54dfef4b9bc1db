using Patchwarden.Core.Patches;

namespace Patchwarden.Server.Reports;

/// <summary>The answer to an accepted report: whether it was new, and the instance's compliance after it.</summary>
public sealed record ReportResponse
{
    public bool Accepted { get; init; } = true;

    public required string ExecutionId { get; init; }

    /// <summary>True when this execution id was ingested before; nothing changed.</summary>
    public required bool Duplicate { get; init; }

    /// <summary><c>COMPLIANT</c> or <c>NON_COMPLIANT</c> (<c>NOT_SCANNED</c> only for a duplicate of a report that no longer stands).</summary>
    public required string Status { get; init; }

    public ComplianceSeverity? OverallSeverity { get; init; }
}
