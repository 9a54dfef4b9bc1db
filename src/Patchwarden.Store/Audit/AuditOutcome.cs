namespace Patchwarden.Store.Audit;

/// <summary>How an audited request ended.</summary>
public enum AuditOutcome
{
    Succeeded,

    /// <summary>Refused by authorization.</summary>
    Denied,

    /// <summary>Accepted but failed (invalid input, conflict, error).</summary>
    Failed,
}
