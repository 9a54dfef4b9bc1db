namespace Patchwarden.Core.Compliance;

/// <summary>The operation that produced the inventory behind a compliance record (the record's <c>ExecutionSummary</c>).</summary>
public sealed record ExecutionSummary
{
    /// <summary>Well-known <see cref="ExecutionType"/> for scans and installs run as commands, as in the proven model.</summary>
    public const string CommandType = "Command";

    public required string ExecutionId { get; init; }

    public string ExecutionType { get; init; } = CommandType;

    /// <summary>When the operation ran (an extension to the sample's shape, present in the proven model's API).</summary>
    public required DateTimeOffset ExecutionTime { get; init; }
}
