namespace Patchwarden.Core.Targets;

/// <summary><c>instance-ids:*</c>: every instance, as the proven model's <c>Key=InstanceIds,Values=*</c>; for fleet-wide windows.</summary>
public sealed record AllInstancesSelector : TargetSelector
{
    public const string Form = "instance-ids:*";

    private AllInstancesSelector()
    {
    }

    public static AllInstancesSelector Instance { get; } = new();

    public override string Text => Form;

    internal override string? Dimension => InstanceIdSelector.IdDimension;

    public override bool Matches(TargetInstance instance) => true;
}
