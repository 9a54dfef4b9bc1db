namespace Patchwarden.Agent.Dnf;

/// <summary>How the dnf provider runs; the defaults patch the machine itself with its own configuration.</summary>
public sealed record DnfOptions
{
    /// <summary>A dnf.conf to use instead of <c>/etc/dnf/dnf.conf</c> (<c>dnf -c</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The root to patch (<c>dnf --installroot</c>, <c>rpm --root</c>); <c>/</c> is the machine itself.</summary>
    public string InstallRoot { get; init; } = "/";

    /// <summary><c>dnf --releasever</c>; needed when the install root has no release package to guess it from.</summary>
    public string? ReleaseVersion { get; init; }

    /// <summary>More arguments for every dnf command (e.g. <c>--disablerepo=...</c>).</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>Added to the environment of every command, which is otherwise inherited from the agent.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Expire the metadata cache before each scan so the scan sees today's repositories.</summary>
    public bool RefreshBeforeScan { get; init; } = true;

    /// <summary>Ask <c>dnf needs-restarting -r</c> first; when false or unavailable, compare core packages' install times with the boot time.</summary>
    public bool UseNeedsRestarting { get; init; } = true;

    /// <summary>How long to wait for another rpm or dnf to let go of the rpm database lock before failing the operation.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The most any single dnf or rpm command may take before it is killed.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(30);
}
