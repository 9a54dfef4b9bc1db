namespace Patchwarden.Server.Compliance;

/// <summary>One page of compliance items; pass <see cref="Next"/> as <c>cursor</c> for the next page (null on the last).</summary>
public sealed record ComplianceItemPageResponse(IReadOnlyList<ComplianceItemResponse> Items, string? Next);
