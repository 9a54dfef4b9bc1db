using Patchwarden.Core.Patches;
using Patchwarden.Server.Compliance;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Instances;

/// <summary>An instance as the API shows it: identity, tags, OS, ping status and the summary of its latest compliance evaluation.</summary>
public sealed record InstanceResponse
{
    public required string Id { get; init; }

    public required string Account { get; init; }

    public required string Name { get; init; }

    public required string HostName { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public string? PatchGroup { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public required string OsName { get; init; }

    public required string OsVersion { get; init; }

    public required string Arch { get; init; }

    public required string AgentVersion { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary><c>Online</c> or <c>ConnectionLost</c>, as the proven model names them.</summary>
    public required string PingStatus { get; init; }

    /// <summary><c>Active</c>, <c>Deregistered</c> or <c>Retired</c>.</summary>
    public required string Status { get; init; }

    /// <summary><c>COMPLIANT</c>, <c>NON_COMPLIANT</c> or <c>NOT_SCANNED</c>.</summary>
    public required string ComplianceStatus { get; init; }

    public ComplianceSeverity? OverallSeverity { get; init; }

    public DateTimeOffset? LastScanAt { get; init; }

    public DateTimeOffset? LastEvaluatedAt { get; init; }

    public string? LastExecutionId { get; init; }

    public string? BaselineId { get; init; }

    public required int CompliantCount { get; init; }

    public required int NonCompliantCount { get; init; }

    public required PatchStateCounts Counts { get; init; }

    /// <param name="instance">The stored instance.</param>
    /// <param name="onlineSince">Agents heard from at or after this are online.</param>
    public static InstanceResponse From(Instance instance, DateTimeOffset onlineSince) => new()
    {
        Id = instance.Id,
        Account = instance.Account,
        Name = instance.Name,
        HostName = instance.HostName,
        Tags = instance.Tags,
        PatchGroup = instance.PatchGroup,
        OperatingSystem = instance.OperatingSystem,
        OsName = instance.OsName,
        OsVersion = instance.OsVersion,
        Arch = instance.Arch,
        AgentVersion = instance.AgentVersion,
        RegisteredAt = instance.RegisteredAt,
        LastSeenAt = instance.LastSeenAt,
        PingStatus = ComplianceNames.Of(instance.PingStatusAt(onlineSince)),
        Status = ComplianceNames.Of(instance.Status),
        ComplianceStatus = ComplianceNames.Of(instance.ComplianceStatus),
        OverallSeverity = instance.OverallSeverity,
        LastScanAt = instance.LastScanAt,
        LastEvaluatedAt = instance.LastEvaluatedAt,
        LastExecutionId = instance.LastExecutionId,
        BaselineId = instance.BaselineId,
        CompliantCount = instance.CompliantCount,
        NonCompliantCount = instance.NonCompliantCount,
        Counts = instance.Counts,
    };
}
