namespace Patchwarden.Core.Baselines;

/// <summary>Up to four filters that must all match (AND); values within one filter are alternatives (OR).</summary>
public sealed record PatchFilterGroup
{
    public static PatchFilterGroup Empty { get; } = new();

    public IReadOnlyList<PatchFilter> PatchFilters { get; init; } = [];
}
