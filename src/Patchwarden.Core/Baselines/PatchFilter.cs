namespace Patchwarden.Core.Baselines;

/// <summary>One filter: a key and 1–20 values, matched case-insensitively; <c>*</c> matches anything, one <c>*</c> inside a value is a wildcard.</summary>
public sealed record PatchFilter
{
    public required PatchFilterKey Key { get; init; }

    public required IReadOnlyList<string> Values { get; init; }
}
