using Patchwarden.Store.Principals;

namespace Patchwarden.Server.Tokens;

/// <summary>An API token's metadata; <see cref="Token"/> is set only in the answer to its creation and never again.</summary>
public sealed record TokenResponse(
    string Id,
    string Name,
    TokenRole Role,
    IReadOnlyList<string> Accounts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? CreatedBy,
    bool Active,
    string? Token = null)
{
    public static TokenResponse From(Principal principal, DateTimeOffset now, string? token = null) => new(
        principal.Id,
        principal.Name,
        principal.Role switch
        {
            PrincipalRole.Admin => TokenRole.Admin,
            PrincipalRole.Auditor => TokenRole.Auditor,
            _ => TokenRole.Operator,
        },
        principal.Accounts,
        principal.CreatedAt,
        principal.ExpiresAt,
        principal.RevokedAt,
        principal.CreatedBy,
        principal.IsActiveAt(now),
        token);
}
