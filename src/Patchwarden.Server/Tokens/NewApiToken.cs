using Patchwarden.Server.Auth;
using Patchwarden.Store.Principals;

namespace Patchwarden.Server.Tokens;

/// <summary>A freshly made API token and the principal to store for it (which holds only the token's hash).</summary>
public sealed record NewApiToken(Principal Principal, string Token)
{
    public static NewApiToken Create(
        string name, PrincipalRole role, IReadOnlyList<string> accounts, DateTimeOffset createdAt, DateTimeOffset? expiresAt, string? createdBy)
    {
        var token = BearerTokens.NewApiToken();
        var principal = new Principal
        {
            Id = BearerTokens.NewPrincipalId(),
            Name = name,
            Role = role,
            Accounts = [.. accounts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            TokenHash = SecretHasher.Hash(token),
            CreatedAt = createdAt,
            ExpiresAt = expiresAt,
            CreatedBy = createdBy,
        };
        return new NewApiToken(principal, token);
    }

    public override string ToString() => $"NewApiToken {{ Principal = {Principal.Id} }}"; // Never print the token.
}
