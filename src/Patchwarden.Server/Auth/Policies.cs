namespace Patchwarden.Server.Auth;

/// <summary>Authorization policy names; endpoints say <c>.RequireAuthorization(Policies.Admin)</c>.</summary>
public static class Policies
{
    /// <summary>Admins only.</summary>
    public const string Admin = "admin";

    /// <summary>Admins, auditors and operators: people who read (each within their scope).</summary>
    public const string Reader = "reader";

    /// <summary>Admins and operators: people who may act (auditors may not).</summary>
    public const string Operator = "operator";

    /// <summary>Admins and auditors: oversight across every account (the audit log).</summary>
    public const string Oversight = "oversight";

    /// <summary>An instance identity (an agent) only.</summary>
    public const string Instance = "instance";
}
