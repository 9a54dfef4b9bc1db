using Patchwarden.Store.Compliance;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Instances;

/// <summary>An <c>instances</c> row as Dapper reads it, and the one column list every instance query selects.</summary>
internal sealed class InstanceRow : PatchStateCountColumns
{
    public const string Columns = """
        id, account, name, host_name, tags_json, patch_group, os_family, os_name, os_version, arch, agent_version,
        activation_id, registered_at, last_seen_at, status, compliance_status, overall_severity, last_scan_at,
        last_evaluated_at, last_execution_id, baseline_id, compliant_count, non_compliant_count, installed_count,
        installed_other_count, installed_pending_reboot_count, installed_rejected_count, missing_count, failed_count,
        not_applicable_count
        """;

    /// <summary>The tag whose value is an instance's patch group.</summary>
    public const string PatchGroupTag = "Patch Group";

    public string Id { get; set; } = "";

    public string Account { get; set; } = "";

    public string Name { get; set; } = "";

    public string HostName { get; set; } = "";

    public string TagsJson { get; set; } = "{}";

    public string? PatchGroup { get; set; }

    public string OsFamily { get; set; } = "";

    public string OsName { get; set; } = "";

    public string OsVersion { get; set; } = "";

    public string Arch { get; set; } = "";

    public string AgentVersion { get; set; } = "";

    public string? ActivationId { get; set; }

    public long RegisteredAt { get; set; }

    public long? LastSeenAt { get; set; }

    public string Status { get; set; } = "";

    public string ComplianceStatus { get; set; } = "";

    public string? OverallSeverity { get; set; }

    public long? LastScanAt { get; set; }

    public long? LastEvaluatedAt { get; set; }

    public string? LastExecutionId { get; set; }

    public string? BaselineId { get; set; }

    public int CompliantCount { get; set; }

    public int NonCompliantCount { get; set; }

    public static string? PatchGroupOf(IReadOnlyDictionary<string, string> tags) =>
        tags.TryGetValue(PatchGroupTag, out var group) && !string.IsNullOrEmpty(group) ? group : null;

    public Instance ToInstance() => new()
    {
        Id = Id,
        Account = Account,
        Name = Name,
        HostName = HostName,
        Tags = StoreJson.Tags(TagsJson),
        PatchGroup = PatchGroup,
        OperatingSystem = StoreText.OperatingSystem(OsFamily),
        OsName = OsName,
        OsVersion = OsVersion,
        Arch = Arch,
        AgentVersion = AgentVersion,
        ActivationId = ActivationId,
        RegisteredAt = StoreTime.FromMs(RegisteredAt),
        LastSeenAt = StoreTime.FromMs(LastSeenAt),
        Status = StoreText.InstanceStatus(Status),
        ComplianceStatus = StoreText.ComplianceStatus(ComplianceStatus),
        OverallSeverity = StoreText.SeverityOrNull(OverallSeverity),
        LastScanAt = StoreTime.FromMs(LastScanAt),
        LastEvaluatedAt = StoreTime.FromMs(LastEvaluatedAt),
        LastExecutionId = LastExecutionId,
        BaselineId = BaselineId,
        CompliantCount = CompliantCount,
        NonCompliantCount = NonCompliantCount,
        Counts = ToCounts(),
    };
}
