namespace Patchwarden.Store.Accounts;

/// <summary>A tenant boundary, e.g. <c>payments-prod</c>: every instance, exception and record belongs to exactly one.</summary>
public sealed record Account
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
