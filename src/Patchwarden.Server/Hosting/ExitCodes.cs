namespace Patchwarden.Server.Hosting;

/// <summary>The exit codes of <c>patchwarden</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Start-up failed for a reason other than configuration: the database is unreachable, the port is taken.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or invalid configuration.</summary>
    public const int Usage = 2;
}
