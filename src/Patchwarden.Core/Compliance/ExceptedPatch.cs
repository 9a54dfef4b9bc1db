using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Compliance;

/// <summary>A patch that would make the instance non-compliant but is covered by an active standing exception (an extension to the sample's shape).</summary>
public sealed record ExceptedPatch
{
    public required string Id { get; init; }

    public required string? Title { get; init; }

    public required ComplianceSeverity Severity { get; init; }

    /// <summary>The state the patch is in underneath the exception (Missing or Failed).</summary>
    public required PatchState PatchState { get; init; }

    public required string ExceptionId { get; init; }

    public required string Reason { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
