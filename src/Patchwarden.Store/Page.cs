namespace Patchwarden.Store;

/// <summary>One page of an offset-paged listing, with the number of rows that match in all.</summary>
public sealed record Page<T>
{
    public required IReadOnlyList<T> Items { get; init; }

    public required int TotalCount { get; init; }

    public required int Offset { get; init; }

    public required int Limit { get; init; }
}
