using Patchwarden.Core.Patches;
using Patchwarden.Store.Engine;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Fleet;

/// <summary><see cref="IFleetSummaryStore"/>: one GROUP BY over the covering summary index, one over the counter table.</summary>
internal sealed class SqlFleetSummaryStore(StoreDatabase database) : IFleetSummaryStore
{
    private const string SelectCube = """
        SELECT account, patch_group, os_family, compliance_status, overall_severity, COUNT(*) AS instances
        FROM instances
        """;

    private const string GroupCube = """
        GROUP BY account, patch_group, os_family, compliance_status, overall_severity
        """;

    private const string SelectTopMissing = """
        SELECT patch_id, SUM(instance_count) AS instances FROM missing_patch_counts
        """;

    private const string GroupTopMissing = """
        GROUP BY patch_id HAVING SUM(instance_count) > 0 ORDER BY instances DESC, patch_id LIMIT @Top
        """;

    public Task<FleetSummary> GetSummaryAsync(AccountScope scope, int topMissing, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topMissing);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topMissing, 1000);
        return database.ReadAsync(async session =>
        {
            var cubeFilter = new SqlFilter(session.Dialect, scope, "account").Add("status = 'active'");
            var cube = await session.QueryAsync<CubeRow>($"{SelectCube} {cubeFilter.Where()} {GroupCube}", cubeFilter.Parameters);

            var missingFilter = new SqlFilter(session.Dialect, scope, "account");
            missingFilter.Parameters.Add("Top", topMissing);
            var top = topMissing == 0 ? [] : await session.QueryAsync<MissingRow>($"{SelectTopMissing} {missingFilter.Where()} {GroupTopMissing}", missingFilter.Parameters);

            return Summarize(cube, top);
        }, cancellationToken);
    }

    private static FleetSummary Summarize(IReadOnlyList<CubeRow> cube, IReadOnlyList<MissingRow> top)
    {
        var totals = ComplianceCounts.Zero;
        var byAccount = new Dictionary<string, ComplianceCounts>(StringComparer.Ordinal);
        var byGroup = new Dictionary<string, ComplianceCounts>(StringComparer.Ordinal);
        var byOs = new Dictionary<OperatingSystemFamily, ComplianceCounts>();
        var bySeverity = new Dictionary<ComplianceSeverity, int>();
        foreach (var row in cube)
        {
            var status = StoreText.ComplianceStatus(row.ComplianceStatus);
            var n = (int)row.Instances;
            totals = Add(totals, status, n);
            byAccount[row.Account] = Add(byAccount.GetValueOrDefault(row.Account, ComplianceCounts.Zero), status, n);
            var group = row.PatchGroup ?? "";
            byGroup[group] = Add(byGroup.GetValueOrDefault(group, ComplianceCounts.Zero), status, n);
            var os = StoreText.OperatingSystem(row.OsFamily);
            byOs[os] = Add(byOs.GetValueOrDefault(os, ComplianceCounts.Zero), status, n);
            if (status == InstanceComplianceStatus.NonCompliant && row.OverallSeverity is not null)
            {
                var severity = StoreText.Severity(row.OverallSeverity);
                bySeverity[severity] = bySeverity.GetValueOrDefault(severity) + n;
            }
        }

        return new FleetSummary
        {
            Totals = totals,
            ByAccount = byAccount,
            ByPatchGroup = byGroup,
            ByOperatingSystem = byOs,
            NonCompliantBySeverity = bySeverity,
            TopMissingPatches = top.Select(t => new MissingPatchCount(t.PatchId, (int)t.Instances)).ToList(),
        };
    }

    private static ComplianceCounts Add(ComplianceCounts counts, InstanceComplianceStatus status, int n) => status switch
    {
        InstanceComplianceStatus.Compliant => counts with { Compliant = counts.Compliant + n },
        InstanceComplianceStatus.NonCompliant => counts with { NonCompliant = counts.NonCompliant + n },
        _ => counts with { NotScanned = counts.NotScanned + n },
    };

    private sealed class CubeRow
    {
        public string Account { get; set; } = "";

        public string? PatchGroup { get; set; }

        public string OsFamily { get; set; } = "";

        public string ComplianceStatus { get; set; } = "";

        public string? OverallSeverity { get; set; }

        public long Instances { get; set; }
    }

    private sealed class MissingRow
    {
        public string PatchId { get; set; } = "";

        public long Instances { get; set; }
    }
}
