namespace Patchwarden.Core.Targets;

/// <summary><c>patch-group:Group[,Group…]</c>: the instances whose <c>Patch Group</c> tag is one of these groups.</summary>
/// <remarks>The same as <c>tag:Patch Group=Group</c>, without having to spell the tag key.</remarks>
public sealed record PatchGroupSelector : TargetSelector
{
    public const string Prefix = "patch-group:";

    public PatchGroupSelector(IReadOnlyList<string> groups)
    {
        Groups = SelectorValueRules.Require(groups, "patch groups", SelectorValueRules.CheckPatchGroup, nameof(groups));
        Text = Prefix + SelectorText.JoinList(Groups);
    }

    public IReadOnlyList<string> Groups { get; }

    public override string Text { get; }

    internal override string? Dimension => "tag " + TargetInstance.PatchGroupTag;

    public override bool Matches(TargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.PatchGroup is { } group && OrdinalList.Contains(Groups, group);
    }

    public bool Equals(PatchGroupSelector? other) => other is not null && Text == other.Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
