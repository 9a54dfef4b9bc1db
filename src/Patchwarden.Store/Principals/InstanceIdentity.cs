namespace Patchwarden.Store.Principals;

/// <summary>An agent's credential: its instance id and the hash of the secret it was given at registration.</summary>
public sealed record InstanceIdentity
{
    public required string InstanceId { get; init; }

    public required string Account { get; init; }

    /// <summary>Lower-case hex SHA-256 of the instance secret.</summary>
    public required string SecretHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when the instance is deregistered or retired, or the identity revoked.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null || now < RevokedAt;
}
