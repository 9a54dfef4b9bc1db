using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Compliance;

// Rows of the compliance read queries as Dapper reads them, and how they become public records.

internal sealed class InventoryRow
{
    public string InstanceId { get; set; } = "";

    public string ExecutionId { get; set; } = "";

    public long CapturedAt { get; set; }

    public long ReceivedAt { get; set; }

    public byte[] DocumentGz { get; set; } = [];
}

/// <summary>A <c>patch_states</c> row.</summary>
internal class PatchStateDbRow
{
    public string PatchId { get; set; } = "";

    public string? Title { get; set; }

    public string State { get; set; } = "";

    public string Severity { get; set; } = "";

    public string? Classification { get; set; }

    public string? VendorSeverity { get; set; }

    public string? InstalledVersion { get; set; }

    public string? CandidateVersion { get; set; }

    public long? ReleaseDate { get; set; }

    public string? CveIds { get; set; }

    public string? ExceptionId { get; set; }

    public PatchStateRow ToPatchState() => new()
    {
        PatchId = PatchId,
        Title = Title,
        State = StoreText.PatchState(State),
        Severity = StoreText.Severity(Severity),
        Classification = Classification,
        VendorSeverity = VendorSeverity,
        InstalledVersion = InstalledVersion,
        CandidateVersion = CandidateVersion,
        ReleaseDate = StoreTime.FromMs(ReleaseDate),
        CveIds = PatchStateCodec.SplitCves(CveIds),
        ExceptionId = ExceptionId,
    };
}

/// <summary>A patch-state row joined with its instance.</summary>
internal sealed class ItemRow : PatchStateDbRow
{
    public string InstanceId { get; set; } = "";

    public string Account { get; set; } = "";

    public string InstanceName { get; set; } = "";

    public string? PatchGroup { get; set; }

    public string OsFamily { get; set; } = "";

    public string? BaselineId { get; set; }

    public long? LastEvaluatedAt { get; set; }

    public ComplianceItem ToItem() => new()
    {
        InstanceId = InstanceId,
        Account = Account,
        InstanceName = InstanceName,
        PatchGroup = PatchGroup,
        OperatingSystem = StoreText.OperatingSystem(OsFamily),
        BaselineId = BaselineId,
        EvaluatedAt = StoreTime.FromMs(LastEvaluatedAt),
        Patch = ToPatchState(),
    };
}

internal sealed class HistoryRow : PatchStateCountColumns
{
    public string InstanceId { get; set; } = "";

    public string ExecutionId { get; set; } = "";

    public string Operation { get; set; } = "";

    public long ReceivedAt { get; set; }

    public string ComplianceStatus { get; set; } = "";

    public string OverallSeverity { get; set; } = "";

    public int CompliantCount { get; set; }

    public int NonCompliantCount { get; set; }

    public ComplianceHistoryEntry ToEntry() => new()
    {
        InstanceId = InstanceId,
        ExecutionId = ExecutionId,
        Operation = StoreText.Operation(Operation),
        ReceivedAt = StoreTime.FromMs(ReceivedAt),
        Status = StoreText.ComplianceStatus(ComplianceStatus),
        OverallSeverity = StoreText.Severity(OverallSeverity),
        CompliantCount = CompliantCount,
        NonCompliantCount = NonCompliantCount,
        Counts = ToCounts(),
    };
}
