using System.Diagnostics.CodeAnalysis;
using Patchwarden.Core.Patches;
using Patchwarden.Server.Instances;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Compliance;

/// <summary>One patch on one instance, flat, with the instance facts an export needs; the same fields in JSON, JSON lines and CSV.</summary>
public sealed record ComplianceItemResponse : PatchStateResponse
{
    [SetsRequiredMembers]
    private ComplianceItemResponse(PatchStateResponse patch, ComplianceItem item)
        : base(patch)
    {
        InstanceId = item.InstanceId;
        Account = item.Account;
        InstanceName = item.InstanceName;
        PatchGroup = item.PatchGroup;
        OperatingSystem = item.OperatingSystem;
        BaselineId = item.BaselineId;
        EvaluatedAt = item.EvaluatedAt;
    }

    public required string InstanceId { get; init; }

    public required string Account { get; init; }

    public required string InstanceName { get; init; }

    public string? PatchGroup { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public string? BaselineId { get; init; }

    public DateTimeOffset? EvaluatedAt { get; init; }

    public static ComplianceItemResponse From(ComplianceItem item) => new(From(item.Patch), item);
}
