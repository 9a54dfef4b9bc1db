namespace Patchwarden.Store.Compliance;

/// <summary>The patch operation whose report was ingested (the proven model's <c>Operation</c>).</summary>
public enum ComplianceOperation
{
    Scan,
    Install,
}
