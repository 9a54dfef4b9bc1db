using Patchwarden.Core.Patches;
using Patchwarden.Store.Baselines;

namespace Patchwarden.Server.Baselines;

/// <summary>A baseline in the listing: what it is, whether it is its OS family's default, and which patch groups use it.</summary>
/// <remarks>The full document is at <c>GET /api/v1/baselines/{id}</c>, in Core's PascalCase shape.</remarks>
public sealed record BaselineSummaryResponse
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public required bool IsDefault { get; init; }

    /// <summary>The patch groups registered with this baseline (for its OS family).</summary>
    public required IReadOnlyList<string> PatchGroups { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public static BaselineSummaryResponse From(StoredBaseline stored, IEnumerable<PatchGroupRegistration> registrations) => new()
    {
        Id = stored.Baseline.Id,
        Name = stored.Baseline.Name,
        Description = stored.Baseline.Description,
        OperatingSystem = stored.Baseline.OperatingSystem,
        IsDefault = stored.IsDefault,
        PatchGroups = [.. registrations.Where(r => r.BaselineId == stored.Baseline.Id).Select(r => r.PatchGroup).Order(StringComparer.Ordinal)],
        CreatedAt = stored.CreatedAt,
        UpdatedAt = stored.UpdatedAt,
    };
}
