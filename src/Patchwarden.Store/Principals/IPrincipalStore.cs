namespace Patchwarden.Store.Principals;

/// <summary>API-token principals and agent identities. Not tenant data: only admins manage them.</summary>
public interface IPrincipalStore
{
    /// <summary>Adds the principal; false when its id or token hash exists already.</summary>
    Task<bool> CreateAsync(Principal principal, CancellationToken cancellationToken);

    /// <summary>Adds the first admin if no principal was ever bootstrapped; exactly one of several racing nodes gets true.</summary>
    Task<bool> TryCreateFirstAdminAsync(Principal admin, CancellationToken cancellationToken);

    /// <summary>The principal whose token hashes to <paramref name="tokenHash"/>, revoked or expired included (check <see cref="Principal.IsActiveAt"/>).</summary>
    Task<Principal?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<Principal?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every principal, oldest first.</summary>
    Task<IReadOnlyList<Principal>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes the token; false when there is no such principal or it was revoked already.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The identity an agent authenticates with (created by <c>IActivationStore.RegisterInstanceAsync</c>).</summary>
    Task<InstanceIdentity?> FindInstanceIdentityAsync(string instanceId, CancellationToken cancellationToken);
}
