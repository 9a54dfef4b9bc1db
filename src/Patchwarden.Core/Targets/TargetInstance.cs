namespace Patchwarden.Core.Targets;

/// <summary>What target selectors look at in an instance: its id, its account and its tags.</summary>
public sealed record TargetInstance
{
    /// <summary>The tag that holds an instance's patch group, as in the proven model.</summary>
    public const string PatchGroupTag = "Patch Group";

    private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>mi-</c> and 17 lower-case hex digits.</summary>
    public required string Id { get; init; }

    public required string Account { get; init; }

    /// <summary>Tags by key; keys and values are case-sensitive, so pass a dictionary with the default (ordinal) comparer.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = NoTags;

    /// <summary>The value of the <c>Patch Group</c> tag, or null when the instance has none.</summary>
    public string? PatchGroup => Tags.TryGetValue(PatchGroupTag, out var group) ? group : null;
}
