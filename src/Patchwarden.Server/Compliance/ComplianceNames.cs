using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Compliance;

/// <summary>How the API spells the store's compliance enums: the record's <c>COMPLIANT</c>/<c>NON_COMPLIANT</c>, the proven model's ping statuses.</summary>
public static class ComplianceNames
{
    public const string Compliant = "COMPLIANT";
    public const string NonCompliant = "NON_COMPLIANT";
    public const string NotScanned = "NOT_SCANNED";

    public static string Of(InstanceComplianceStatus status) => status switch
    {
        InstanceComplianceStatus.Compliant => Compliant,
        InstanceComplianceStatus.NonCompliant => NonCompliant,
        _ => NotScanned,
    };

    public static string Of(PingStatus status) => status.ToString();

    public static string Of(InstanceStatus status) => status.ToString();

    public static string Of(ComplianceOperation operation) => operation.ToString();

    /// <summary>Reads <paramref name="text"/> as a member of <typeparamref name="TEnum"/>, ignoring case, <c>_</c> and <c>-</c> (<c>NON_COMPLIANT</c> = <c>NonCompliant</c>).</summary>
    public static bool TryParseLoose<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        var wanted = Squeeze(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Squeeze(candidate.ToString()), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Squeeze(string text) => text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
