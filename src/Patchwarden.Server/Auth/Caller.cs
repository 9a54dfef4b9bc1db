using Patchwarden.Store;

namespace Patchwarden.Server.Auth;

/// <summary>Who is calling: an API-token principal or an instance identity, with the accounts it may see.</summary>
public sealed record Caller
{
    /// <summary>The principal id (<c>tok-...</c>) or, for an instance identity, the instance id.</summary>
    public required string PrincipalId { get; init; }

    /// <summary>The token's name, or <c>instance:mi-...</c>; what the audit log shows as the actor.</summary>
    public required string Name { get; init; }

    public required CallerRole Role { get; init; }

    /// <summary>Operator: its accounts. Instance: its own account. Admin and auditor: empty (they see every account).</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Instance identities only.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The store scope for this caller's reads and writes.</summary>
    public required AccountScope Scope { get; init; }
}
