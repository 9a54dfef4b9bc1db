using System.Text.Json.Serialization;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Reports;

/// <summary>
/// The body of <c>POST /api/v1/agent/reports</c>: a camelCase envelope around the scan's inventory, which keeps Core's
/// PascalCase shape. The envelope's names are pinned so that the whole body is read strictly with Core's options.
/// </summary>
public sealed record AgentReport
{
    /// <summary>The agent's idempotency key: the same execution id twice changes nothing.</summary>
    [JsonPropertyName("executionId")]
    public required string ExecutionId { get; init; }

    [JsonPropertyName("operation")]
    public required ComplianceOperation Operation { get; init; }

    /// <summary>The command this report answers, when the server asked for it.</summary>
    [JsonPropertyName("commandId")]
    public string? CommandId { get; init; }

    [JsonPropertyName("startedAt")]
    public required DateTimeOffset StartedAt { get; init; }

    [JsonPropertyName("finishedAt")]
    public required DateTimeOffset FinishedAt { get; init; }

    [JsonPropertyName("inventory")]
    public required Inventory Inventory { get; init; }

    /// <summary>Install reports: each attempted patch's outcome.</summary>
    [JsonPropertyName("installResults")]
    public IReadOnlyList<InstallResult>? InstallResults { get; init; }
}
