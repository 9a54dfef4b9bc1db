using Patchwarden.Store.Compliance;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Instances;

/// <summary><see cref="IInstanceStore"/> in shared SQL; heartbeats go through the engine's bulk writer.</summary>
internal sealed class SqlInstanceStore(StoreDatabase database) : IInstanceStore
{
    private const string SelectInstances = $"""
        SELECT {InstanceRow.Columns} FROM instances
        """;

    private const string CountInstances = """
        SELECT COUNT(*) FROM instances
        """;

    private const string UpdateEditable = """
        UPDATE instances SET name = @Name, tags_json = @TagsJson, patch_group = @PatchGroup, status = @Status WHERE id = @Id
        """;

    private const string RevokeIdentity = """
        UPDATE instance_identities SET revoked_at = @Now WHERE instance_id = @Id AND revoked_at IS NULL
        """;

    private const string RestoreIdentity = """
        UPDATE instance_identities SET revoked_at = NULL WHERE instance_id = @Id
        """;

    // Severity is text; its order for sorting comes from the proven model's scale.
    private const string SeverityRank = """
        CASE overall_severity WHEN 'CRITICAL' THEN 5 WHEN 'HIGH' THEN 4 WHEN 'MEDIUM' THEN 3 WHEN 'LOW' THEN 2
                              WHEN 'INFORMATIONAL' THEN 1 WHEN 'UNSPECIFIED' THEN 0 END
        """;

    public Task<Instance?> GetAsync(AccountScope scope, string id, CancellationToken cancellationToken) =>
        database.ReadAsync(session => GetAsync(session, scope, id, forUpdate: false), cancellationToken);

    public Task<Page<Instance>> ListAsync(AccountScope scope, InstanceQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit is < 1 or > InstanceQuery.MaxLimit || query.Offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Limit must be 1–{InstanceQuery.MaxLimit} and offset not negative.");
        }

        return database.ReadAsync(async session =>
        {
            var filter = Filter(session.Dialect, scope, query);
            var where = filter.Where();
            var total = await session.ExecuteScalarAsync<long>($"{CountInstances} {where}", filter.Parameters);
            filter.Parameters.Add("Limit", query.Limit);
            filter.Parameters.Add("Offset", query.Offset);
            var rows = await session.QueryAsync<InstanceRow>(
                $"{SelectInstances} {where} ORDER BY {OrderBy(query.SortBy, query.Descending)} LIMIT @Limit OFFSET @Offset",
                filter.Parameters);
            return new Page<Instance>
            {
                Items = rows.Select(r => r.ToInstance()).ToList(),
                TotalCount = (int)total,
                Offset = query.Offset,
                Limit = query.Limit,
            };
        }, cancellationToken);
    }

    public Task<Instance?> UpdateAsync(AccountScope scope, string id, InstanceChanges changes, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var current = await GetAsync(session, scope, id, forUpdate: true);
            if (current is null)
            {
                return null;
            }

            var tags = changes.Tags ?? current.Tags;
            var updated = current with
            {
                Name = changes.Name ?? current.Name,
                Tags = tags,
                PatchGroup = InstanceRow.PatchGroupOf(tags),
                Status = changes.Status ?? current.Status,
            };
            await session.ExecuteAsync(UpdateEditable, new
            {
                updated.Id,
                updated.Name,
                TagsJson = StoreJson.Tags(updated.Tags),
                updated.PatchGroup,
                Status = StoreText.Of(updated.Status),
            });

            var wasActive = current.Status == InstanceStatus.Active;
            var isActive = updated.Status == InstanceStatus.Active;
            if (wasActive != isActive)
            {
                // Only active instances authenticate and count as missing patches.
                await session.ExecuteAsync(isActive ? RestoreIdentity : RevokeIdentity, new { Id = id, Now = StoreTime.ToMs(now) });
                var missing = await MissingPatchCounter.LoadAsync(session, id);
                var deltas = isActive ? MissingPatchCounter.Difference([], missing) : MissingPatchCounter.Difference(missing, []);
                await database.Bulk.AdjustMissingCountsAsync(session, current.Account, deltas);
            }

            return updated;
        }, cancellationToken);

    public Task<int> RecordHeartbeatsAsync(IReadOnlyCollection<InstanceHeartbeat> heartbeats, CancellationToken cancellationToken)
    {
        if (heartbeats.Count == 0)
        {
            return Task.FromResult(0);
        }

        // One row per instance (the latest), in id order so concurrent batches touch rows in the same order.
        var latest = heartbeats
            .GroupBy(h => h.InstanceId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(h => h.SeenAt))
            .OrderBy(h => h.InstanceId, StringComparer.Ordinal)
            .ToList();
        return database.WriteAsync(session => database.Bulk.RecordHeartbeatsAsync(session, latest), cancellationToken);
    }

    internal static async Task<Instance?> GetAsync(DbSession session, AccountScope scope, string id, bool forUpdate)
    {
        var filter = new SqlFilter(session.Dialect, scope, "account").Add("id = @Id", "Id", id);
        var row = await session.QuerySingleOrDefaultAsync<InstanceRow>(
            $"{SelectInstances} {filter.Where()}{(forUpdate ? session.Dialect.ForUpdate : "")}", filter.Parameters);
        return row?.ToInstance();
    }

    private static SqlFilter Filter(SqlDialect dialect, AccountScope scope, InstanceQuery query)
    {
        var filter = new SqlFilter(dialect, scope, "account");
        if (query.Account is not null)
        {
            filter.Add("account = @Account", "Account", query.Account);
        }

        if (query.PatchGroup is not null)
        {
            filter.Add("patch_group = @PatchGroup", "PatchGroup", query.PatchGroup);
        }

        if (query.OperatingSystem is { } os)
        {
            filter.Add("os_family = @OsFamily", "OsFamily", StoreText.Of(os));
        }

        if (query.ComplianceStatus is { } compliance)
        {
            filter.Add("compliance_status = @ComplianceStatus", "ComplianceStatus", StoreText.Of(compliance));
        }

        if (query.Status is { } status)
        {
            filter.Add("status = @Status", "Status", StoreText.Of(status));
        }

        if (query.Ping is { } ping)
        {
            filter.Add(
                ping.Status == PingStatus.Online ? "last_seen_at >= @OnlineSince" : "last_seen_at IS NULL OR last_seen_at < @OnlineSince",
                "OnlineSince",
                StoreTime.ToMs(ping.OnlineSince));
        }

        if (!string.IsNullOrEmpty(query.NameContains))
        {
            var pattern = "%" + EscapeLike(query.NameContains) + "%";
            filter.Add($"{dialect.ILike("name", "NamePattern")} OR {dialect.ILike("host_name", "NamePattern")}", "NamePattern", pattern);
        }

        return filter;
    }

    private static string OrderBy(InstanceSortKey key, bool descending)
    {
        var column = key switch
        {
            InstanceSortKey.Id => "id",
            InstanceSortKey.Name => "name",
            InstanceSortKey.Account => "account",
            InstanceSortKey.PatchGroup => "patch_group",
            InstanceSortKey.LastSeen => "last_seen_at",
            InstanceSortKey.LastScan => "last_scan_at",
            InstanceSortKey.ComplianceStatus => "compliance_status",
            InstanceSortKey.OverallSeverity => SeverityRank,
            InstanceSortKey.NonCompliantCount => "non_compliant_count",
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
        };
        var direction = descending ? "DESC" : "ASC";
        return key == InstanceSortKey.Id ? $"id {direction}" : $"{column} {direction} NULLS LAST, id {direction}";
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
