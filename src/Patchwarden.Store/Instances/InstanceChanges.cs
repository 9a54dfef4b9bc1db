namespace Patchwarden.Store.Instances;

/// <summary>An admin's edit of an instance; properties left null stay as they are.</summary>
public sealed record InstanceChanges
{
    public string? Name { get; init; }

    /// <summary>Replaces every tag; the patch group follows the <c>Patch Group</c> tag.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>Leaving <see cref="InstanceStatus.Active"/> also revokes the instance identity and drops it from the summary.</summary>
    public InstanceStatus? Status { get; init; }
}
