namespace Patchwarden.Agent.Apt;

/// <summary>How the apt provider runs; the defaults patch the machine itself.</summary>
public sealed record AptOptions
{
    /// <summary>
    /// Added to the environment of every command; the agent's own environment is inherited, so an <c>APT_CONFIG</c> set
    /// for the agent already applies. Tests put <c>APT_CONFIG</c> here to reach an isolated root.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The root that holds <c>var/run/reboot-required</c>: <c>/</c>, or the isolated root <c>APT_CONFIG</c> points at.</summary>
    public string RootPath { get; init; } = "/";

    /// <summary>Run <c>apt-get update</c> before each scan, as the proven model does, so the scan sees today's archive.</summary>
    public bool RefreshBeforeScan { get; init; } = true;

    /// <summary>How long to wait for another apt or dpkg to let go of its locks before failing the operation.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The most any single apt or dpkg command may take before it is killed.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(30);
}
