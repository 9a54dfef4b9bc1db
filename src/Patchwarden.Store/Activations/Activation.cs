namespace Patchwarden.Store.Activations;

/// <summary>A one-time code that lets up to <see cref="RegistrationLimit"/> agents register into an account with fixed tags.</summary>
public sealed record Activation
{
    public required string Id { get; init; }

    public required string Account { get; init; }

    public string? Description { get; init; }

    /// <summary>Tags every instance registered with this activation gets, including <c>Patch Group</c>.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public required int RegistrationLimit { get; init; }

    public int RegistrationsUsed { get; init; }

    /// <summary>Lower-case hex SHA-256 of the activation code.</summary>
    public required string CodeHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? CreatedBy { get; init; }
}
