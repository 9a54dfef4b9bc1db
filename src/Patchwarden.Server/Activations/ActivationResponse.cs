using Patchwarden.Store.Activations;

namespace Patchwarden.Server.Activations;

/// <summary>An activation as the API shows it; <see cref="Code"/> is set only in the answer to its creation.</summary>
public sealed record ActivationResponse(
    string Id,
    string Account,
    string? Description,
    IReadOnlyDictionary<string, string> Tags,
    int RegistrationLimit,
    int RegistrationsUsed,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? CreatedBy,
    string Status,
    string? Code = null)
{
    public static ActivationResponse From(Activation activation, DateTimeOffset now, string? code = null) => new(
        activation.Id,
        activation.Account,
        activation.Description,
        activation.Tags,
        activation.RegistrationLimit,
        activation.RegistrationsUsed,
        activation.CreatedAt,
        activation.ExpiresAt,
        activation.RevokedAt,
        activation.CreatedBy,
        StatusOf(activation, now),
        code);

    /// <summary><c>active</c>, <c>revoked</c>, <c>expired</c> or <c>used-up</c>.</summary>
    public static string StatusOf(Activation activation, DateTimeOffset now) =>
        activation.RevokedAt is not null ? "revoked"
        : now >= activation.ExpiresAt ? "expired"
        : activation.RegistrationsUsed >= activation.RegistrationLimit ? "used-up"
        : "active";
}
