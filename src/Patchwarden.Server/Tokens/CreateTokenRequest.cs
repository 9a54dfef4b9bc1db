namespace Patchwarden.Server.Tokens;

/// <summary>The body of <c>POST /api/v1/tokens</c>.</summary>
public sealed record CreateTokenRequest
{
    public const int MaxNameLength = 100;
    public const string DefaultExpiresIn = "90d";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(3650);

    /// <summary>Who or what holds the token, e.g. <c>payments-team</c>; shown in the audit log.</summary>
    public required string Name { get; init; }

    public required TokenRole Role { get; init; }

    /// <summary>Operators: the accounts they may see and act on (at least one). Others: must be absent or empty.</summary>
    public IReadOnlyList<string>? Accounts { get; init; }

    /// <summary>Lifetime such as <c>90d</c> or <c>12h</c>; default <see cref="DefaultExpiresIn"/>, at most ten years.</summary>
    public string? ExpiresIn { get; init; }
}
