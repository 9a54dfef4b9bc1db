namespace Patchwarden.Server.Auth;

/// <summary>What an authenticated caller is (DESIGN.md §1).</summary>
public enum CallerRole
{
    /// <summary>The platform team: everything, in every account.</summary>
    Admin,

    /// <summary>Reads everything in every account, changes nothing.</summary>
    Auditor,

    /// <summary>An application team, bound to its accounts.</summary>
    Operator,

    /// <summary>The agent on one machine: itself only.</summary>
    Instance,
}
