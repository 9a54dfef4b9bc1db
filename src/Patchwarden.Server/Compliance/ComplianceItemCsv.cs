using System.Globalization;
using System.Text;
using Patchwarden.Core.Serialization;

namespace Patchwarden.Server.Compliance;

/// <summary>The CSV form of a compliance item: a fixed header and one line per item, columns named like the JSON fields.</summary>
public static class ComplianceItemCsv
{
    public static string Header { get; } = string.Join(',',
        "instanceId", "account", "instanceName", "patchGroup", "operatingSystem", "baselineId", "evaluatedAt",
        "patchId", "title", "state", "severity", "classification", "vendorSeverity", "installedVersion",
        "candidateVersion", "releaseDate", "cveIds", "exceptionId");

    /// <summary>Appends the item's line, without the line break. CVE ids are separated by spaces.</summary>
    public static void AppendLine(StringBuilder line, ComplianceItemResponse item)
    {
        string?[] fields =
        [
            item.InstanceId, item.Account, item.InstanceName, item.PatchGroup, WireNames.Of(item.OperatingSystem), item.BaselineId,
            Instant(item.EvaluatedAt), item.PatchId, item.Title, item.State.ToString(), WireNames.Of(item.Severity), item.Classification,
            item.VendorSeverity, item.InstalledVersion, item.CandidateVersion, Instant(item.ReleaseDate), string.Join(' ', item.CveIds),
            item.ExceptionId,
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            CsvField.Append(line, fields[i]);
        }
    }

    private static string? Instant(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
