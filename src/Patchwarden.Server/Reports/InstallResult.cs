using System.Text.Json.Serialization;

namespace Patchwarden.Server.Reports;

/// <summary>One patch's outcome in an install report.</summary>
public sealed record InstallResult
{
    [JsonPropertyName("patchId")]
    public required string PatchId { get; init; }

    [JsonPropertyName("outcome")]
    public required InstallOutcome Outcome { get; init; }

    /// <summary>The package manager's words on a failure, shortened by the agent.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
