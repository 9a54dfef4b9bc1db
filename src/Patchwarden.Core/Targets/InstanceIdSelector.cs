namespace Patchwarden.Core.Targets;

/// <summary><c>instance-ids:mi-…[,mi-…]</c>, or one bare id: the instances with one of these ids.</summary>
public sealed record InstanceIdSelector : TargetSelector
{
    public const string Prefix = "instance-ids:";

    internal const string IdDimension = "instance id";

    public InstanceIdSelector(IReadOnlyList<string> ids)
    {
        Ids = SelectorValueRules.Require(ids, "instance ids", SelectorValueRules.CheckInstanceId, nameof(ids));
        Text = Prefix + string.Join(',', Ids);
    }

    public IReadOnlyList<string> Ids { get; }

    public override string Text { get; }

    internal override string? Dimension => IdDimension;

    public override bool Matches(TargetInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OrdinalList.Contains(Ids, instance.Id);
    }

    public bool Equals(InstanceIdSelector? other) => other is not null && Text == other.Text;

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
