using Patchwarden.Core.Patches;

namespace Patchwarden.Store.Activations;

/// <summary>What an agent tells the server when it registers; tags and account come from the activation, never from here.</summary>
public sealed record InstanceRegistration
{
    public required string ActivationId { get; init; }

    /// <summary><c>mi-</c> and 17 lower-case hex digits, chosen by the caller (see <c>InstanceIds.New</c>).</summary>
    public required string InstanceId { get; init; }

    public required string HostName { get; init; }

    public required OperatingSystemFamily OperatingSystem { get; init; }

    public required string OsName { get; init; }

    public required string OsVersion { get; init; }

    public required string Arch { get; init; }

    public required string AgentVersion { get; init; }

    /// <summary>Lower-case hex SHA-256 of the instance secret handed to the agent.</summary>
    public required string SecretHash { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }
}
