namespace Patchwarden.Core.Targets;

/// <summary><c>tag:Key=Value[,Value…]</c>: the instances whose tag <see cref="Key"/> has one of <see cref="Values"/> (case-sensitive).</summary>
public sealed record TagSelector : TargetSelector
{
    public const string Prefix = "tag:";

    public TagSelector(string key, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (SelectorValueRules.CheckTagKey(key) is { } problem)
        {
            throw new ArgumentException(problem, nameof(key));
        }

        Key = key;
        Values = SelectorValueRules.Require(values, "tag values", SelectorValueRules.CheckTagValue, nameof(values));
        Text = Prefix + SelectorText.Escape(key) + "=" + SelectorText.JoinList(Values);
    }

    public string Key { get; }

    public IReadOnlyList<string> Values { get; }

    public override string Text { get; }

    internal override string? Dimension => "tag " + Key;

    public override bool Matches(TargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Tags.TryGetValue(Key, out var value) && OrdinalList.Contains(Values, value);
    }

    public bool Equals(TagSelector? other) => other is not null && Text == other.Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
