using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Activations;

/// <summary>Why a registration did or did not happen; the server decides how much of this an agent is told.</summary>
public enum RegistrationStatus
{
    Registered,
    ActivationNotFound,
    ActivationExpired,
    ActivationRevoked,
    LimitReached,

    /// <summary>The instance id is taken already (a random-id collision: pick another and retry).</summary>
    InstanceIdTaken,
}

/// <summary>The result of <see cref="IActivationStore.RegisterInstanceAsync"/>: the new instance when registered.</summary>
public sealed record RegistrationOutcome(RegistrationStatus Status, Instance? Instance);
