namespace Patchwarden.Core.Targets;

/// <summary><c>tag-key:Key[,Key…]</c>: the instances that carry one of these tag keys, whatever its value.</summary>
public sealed record TagKeySelector : TargetSelector
{
    public const string Prefix = "tag-key:";

    public TagKeySelector(IReadOnlyList<string> keys)
    {
        Keys = SelectorValueRules.Require(keys, "tag keys", SelectorValueRules.CheckTagKey, nameof(keys));
        Text = Prefix + SelectorText.JoinList(Keys);
    }

    public IReadOnlyList<string> Keys { get; }

    public override string Text { get; }

    // An instance may carry many tag keys, so "tag-key:A" and "tag-key:B" together are a sensible AND.
    internal override string? Dimension => null;

    public override bool Matches(TargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (var key in Keys)
        {
            if (instance.Tags.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    public bool Equals(TagKeySelector? other) => other is not null && Text == other.Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
