using Patchwarden.Core.Baselines;

namespace Patchwarden.Store.Baselines;

/// <summary>A baseline as stored: the core's <see cref="PatchBaseline"/> plus whether it is its OS family's default.</summary>
public sealed record StoredBaseline
{
    public required PatchBaseline Baseline { get; init; }

    public required bool IsDefault { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
