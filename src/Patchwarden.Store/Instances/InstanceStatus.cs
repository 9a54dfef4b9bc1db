namespace Patchwarden.Store.Instances;

/// <summary>An instance's life cycle; only active instances count in the fleet summary and may authenticate.</summary>
public enum InstanceStatus
{
    Active,
    Deregistered,
    Retired,
}
