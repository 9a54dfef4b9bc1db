namespace Patchwarden.Store.Instances;

/// <summary>Whether an agent has been heard from recently (the caller sets what "recently" means).</summary>
public enum PingStatus
{
    /// <summary>Last seen at or after the threshold.</summary>
    Online,

    /// <summary>Never seen, or last seen before the threshold.</summary>
    ConnectionLost,
}
