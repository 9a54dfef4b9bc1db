namespace Patchwarden.Store.Instances;

/// <summary>The compliance record's <c>Status</c> as the instance row keeps it, plus "never scanned".</summary>
public enum InstanceComplianceStatus
{
    /// <summary>No report has been ingested yet.</summary>
    NotScanned,

    /// <summary><c>COMPLIANT</c> in the compliance record.</summary>
    Compliant,

    /// <summary><c>NON_COMPLIANT</c> in the compliance record.</summary>
    NonCompliant,
}
