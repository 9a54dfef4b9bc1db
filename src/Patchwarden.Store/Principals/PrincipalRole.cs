namespace Patchwarden.Store.Principals;

/// <summary>What an API token may do (DESIGN.md §1).</summary>
public enum PrincipalRole
{
    /// <summary>The platform team: everything, in every account.</summary>
    Admin,

    /// <summary>Reads compliance, coverage and the audit log of every account; changes nothing.</summary>
    Auditor,

    /// <summary>An application team: its own accounts only.</summary>
    Operator,
}
