namespace Patchwarden.Server.PatchGroups;

/// <summary>The body of <c>PUT /api/v1/patch-groups/{name}</c>: the group's baseline per OS family, e.g. <c>{"baselines": {"DEBIAN": "pb-..."}}</c>.</summary>
/// <remarks>It replaces the group's registrations: OS families left out are no longer registered.</remarks>
public sealed record PatchGroupRequest
{
    /// <summary>OS family wire name → baseline id.</summary>
    public required IReadOnlyDictionary<string, string> Baselines { get; init; }
}
