namespace Patchwarden.Store.Compliance;

/// <summary>A new evaluation of an instance's stored inventory after its baseline, patch group or exceptions changed.</summary>
public sealed record ComplianceReevaluation
{
    /// <summary>The execution id of the inventory that was evaluated; if a newer report arrived since, the write is skipped.</summary>
    public required string BasedOnExecutionId { get; init; }

    public required ComplianceEvaluation Evaluation { get; init; }
}
