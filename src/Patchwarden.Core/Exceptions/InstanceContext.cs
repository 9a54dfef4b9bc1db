namespace Patchwarden.Core.Exceptions;

/// <summary>Who an evaluation is for: the facts that decide which exceptions apply and what the compliance record names.</summary>
public sealed record InstanceContext
{
    public required string InstanceId { get; init; }

    public required string Account { get; init; }

    public string? Name { get; init; }

    public string? PatchGroup { get; init; }
}
