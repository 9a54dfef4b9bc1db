namespace Patchwarden.Store.Instances;

/// <summary>Managed instances. Instances are created by <c>IActivationStore.RegisterInstanceAsync</c>.</summary>
public interface IInstanceStore
{
    /// <summary>The instance, or null when it does not exist or is outside <paramref name="scope"/> (callers answer 404 for both).</summary>
    Task<Instance?> GetAsync(AccountScope scope, string id, CancellationToken cancellationToken);

    /// <summary>A filtered, sorted page of the instances in scope.</summary>
    Task<Page<Instance>> ListAsync(AccountScope scope, InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>Applies an admin's edit; null when the instance is missing or outside scope.</summary>
    Task<Instance?> UpdateAsync(AccountScope scope, string id, InstanceChanges changes, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Moves last-seen forward (never back) for many instances in one transaction; returns how many rows changed. Unknown ids are ignored.</summary>
    Task<int> RecordHeartbeatsAsync(IReadOnlyCollection<InstanceHeartbeat> heartbeats, CancellationToken cancellationToken);
}
