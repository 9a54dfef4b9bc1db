namespace Patchwarden.Server.Accounts;

/// <summary>The body of <c>POST /api/v1/accounts</c>.</summary>
public sealed record CreateAccountRequest
{
    public const int MaxDescriptionLength = 256;

    /// <summary>e.g. <c>payments-prod</c>; see <see cref="AccountNames"/>.</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }
}
