using Microsoft.Extensions.Options;
using Patchwarden.Store;
using Patchwarden.Store.Principals;

namespace Patchwarden.Server.Auth;

/// <summary>Turns a bearer token into a <see cref="Caller"/>: an API token by its hash, an instance token by id and secret hash.</summary>
public sealed class CallerAuthenticator(IPatchwardenStore store, CallerCache cache, TimeProvider time, IOptions<AuthOptions> options)
{
    /// <summary>The caller, or null when the token is unknown, expired or revoked.</summary>
    public async Task<Caller?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > BearerTokens.MaxLength)
        {
            return null;
        }

        var tokenHash = SecretHasher.Hash(token);
        var now = time.GetUtcNow();
        if (cache.Find(tokenHash, now) is { } cached)
        {
            return cached;
        }

        var (caller, expiresAt) = token.StartsWith(BearerTokens.ApiTokenPrefix, StringComparison.Ordinal)
            ? await FromApiTokenAsync(tokenHash, now, cancellationToken)
            : await FromInstanceTokenAsync(token, now, cancellationToken);
        if (caller is not null)
        {
            var until = now.AddSeconds(options.Value.CacheSeconds);
            cache.Remember(tokenHash, caller, expiresAt is { } expiry && expiry < until ? expiry : until, now);
        }

        return caller;
    }

    private async Task<(Caller?, DateTimeOffset?)> FromApiTokenAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var principal = await store.Principals.FindByTokenHashAsync(tokenHash, cancellationToken);
        // The look-up is by hash already; the constant-time comparison guards against an engine that compares loosely.
        if (principal is null || !SecretHasher.HashesEqual(tokenHash, principal.TokenHash) || !principal.IsActiveAt(now))
        {
            return (null, null);
        }

        var caller = new Caller
        {
            PrincipalId = principal.Id,
            Name = principal.Name,
            Role = principal.Role switch
            {
                PrincipalRole.Admin => CallerRole.Admin,
                PrincipalRole.Auditor => CallerRole.Auditor,
                _ => CallerRole.Operator,
            },
            Accounts = principal.Role == PrincipalRole.Operator ? principal.Accounts : [],
            Scope = principal.Scope,
        };
        return (caller, principal.ExpiresAt);
    }

    private async Task<(Caller?, DateTimeOffset?)> FromInstanceTokenAsync(string token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!BearerTokens.TryParseInstanceToken(token, out var instanceId, out var secret))
        {
            return (null, null);
        }

        var identity = await store.Principals.FindInstanceIdentityAsync(instanceId, cancellationToken);
        if (identity is null || !SecretHasher.Matches(secret, identity.SecretHash) || !identity.IsActiveAt(now))
        {
            return (null, null);
        }

        var caller = new Caller
        {
            PrincipalId = identity.InstanceId,
            Name = "instance:" + identity.InstanceId,
            Role = CallerRole.Instance,
            Accounts = [identity.Account],
            InstanceId = identity.InstanceId,
            Scope = AccountScope.Of([identity.Account]),
        };
        return (caller, identity.RevokedAt);
    }
}
