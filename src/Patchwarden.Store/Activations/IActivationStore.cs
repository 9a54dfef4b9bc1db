namespace Patchwarden.Store.Activations;

/// <summary>Activations, and the registration of agents with them.</summary>
public interface IActivationStore
{
    /// <summary>Adds the activation; false when the id exists already.</summary>
    Task<bool> CreateAsync(Activation activation, CancellationToken cancellationToken);

    /// <summary>The activation, or null when missing or outside <paramref name="scope"/>. Registration looks up with <see cref="AccountScope.All"/>.</summary>
    Task<Activation?> GetAsync(AccountScope scope, string id, CancellationToken cancellationToken);

    /// <summary>Activations in scope, newest first.</summary>
    Task<IReadOnlyList<Activation>> ListAsync(AccountScope scope, CancellationToken cancellationToken);

    /// <summary>Revokes it; false when missing, outside scope or revoked already.</summary>
    Task<bool> RevokeAsync(AccountScope scope, string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: consumes one registration of the activation (unless expired, revoked or used up — safe
    /// under concurrency, the limit is never exceeded), creates the instance with the activation's account and tags,
    /// and its identity. The caller has already compared the activation code hash (in constant time).
    /// </summary>
    Task<RegistrationOutcome> RegisterInstanceAsync(InstanceRegistration registration, CancellationToken cancellationToken);
}
