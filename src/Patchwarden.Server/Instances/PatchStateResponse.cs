using Patchwarden.Core.Patches;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Instances;

/// <summary>One patch's state on one instance, as <c>GET /api/v1/instances/{id}/patches</c> lists it (and, with the instance facts, the compliance items).</summary>
public record PatchStateResponse
{
    public required string PatchId { get; init; }

    public string? Title { get; init; }

    public required PatchState State { get; init; }

    /// <summary>The compliance severity the baseline gives the patch when missing.</summary>
    public required ComplianceSeverity Severity { get; init; }

    public string? Classification { get; init; }

    /// <summary>The vendor's own rating (the record's <c>PatchSeverity</c>).</summary>
    public string? VendorSeverity { get; init; }

    public string? InstalledVersion { get; init; }

    public string? CandidateVersion { get; init; }

    public DateTimeOffset? ReleaseDate { get; init; }

    public required IReadOnlyList<string> CveIds { get; init; }

    /// <summary>The standing exception that keeps the patch from counting against compliance.</summary>
    public string? ExceptionId { get; init; }

    public static PatchStateResponse From(PatchStateRow row) => new()
    {
        PatchId = row.PatchId,
        Title = row.Title,
        State = row.State,
        Severity = row.Severity,
        Classification = row.Classification,
        VendorSeverity = row.VendorSeverity,
        InstalledVersion = row.InstalledVersion,
        CandidateVersion = row.CandidateVersion,
        ReleaseDate = row.ReleaseDate,
        CveIds = row.CveIds,
        ExceptionId = row.ExceptionId,
    };
}
