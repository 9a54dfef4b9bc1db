using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Audit;

/// <summary><see cref="IAuditStore"/> in shared SQL.</summary>
internal sealed class SqlAuditStore(StoreDatabase database) : IAuditStore
{
    private const string Insert = """
        INSERT INTO audit_log (at, actor, principal_id, action, target, account, outcome, details_json)
        VALUES (@At, @Actor, @PrincipalId, @Action, @Target, @Account, @Outcome, @DetailsJson)
        RETURNING id
        """;

    private const string SelectEntries = """
        SELECT id, at, actor, principal_id, action, target, account, outcome, details_json FROM audit_log
        """;

    public Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.ExecuteScalarAsync<long>(Insert, new
        {
            At = StoreTime.ToMs(entry.At),
            entry.Actor,
            entry.PrincipalId,
            entry.Action,
            entry.Target,
            entry.Account,
            Outcome = StoreText.Of(entry.Outcome),
            entry.DetailsJson,
        }), cancellationToken);

    public Task<AuditPage> QueryAsync(AccountScope scope, AuditQuery query, CancellationToken cancellationToken)
    {
        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Limit must be 1–{AuditQuery.MaxLimit}.");
        }

        return database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "account");
            if (query.Since is { } since)
            {
                filter.Add("at >= @Since", "Since", StoreTime.ToMs(since));
            }

            if (query.Until is { } until)
            {
                filter.Add("at < @Until", "Until", StoreTime.ToMs(until));
            }

            if (query.PrincipalId is not null)
            {
                filter.Add("principal_id = @PrincipalId", "PrincipalId", query.PrincipalId);
            }

            if (query.Action is not null)
            {
                filter.Add("action = @Action", "Action", query.Action);
            }

            if (query.Target is not null)
            {
                filter.Add("target = @Target", "Target", query.Target);
            }

            if (query.Account is not null)
            {
                filter.Add("account = @Account", "Account", query.Account);
            }

            if (query.Outcome is { } outcome)
            {
                filter.Add("outcome = @Outcome", "Outcome", StoreText.Of(outcome));
            }

            if (query.Before is { } before)
            {
                filter.Add("id < @Before", "Before", before);
            }

            // One row more than asked tells whether another page follows.
            filter.Parameters.Add("Take", query.Limit + 1);
            var rows = await session.QueryAsync<AuditRow>($"{SelectEntries} {filter.Where()} ORDER BY id DESC LIMIT @Take", filter.Parameters);
            var items = rows.Take(query.Limit).Select(r => r.ToEntry()).ToList();
            return new AuditPage(items, rows.Count > query.Limit ? items[^1].Id : null);
        }, cancellationToken);
    }

    private sealed class AuditRow
    {
        public long Id { get; set; }

        public long At { get; set; }

        public string Actor { get; set; } = "";

        public string? PrincipalId { get; set; }

        public string Action { get; set; } = "";

        public string? Target { get; set; }

        public string? Account { get; set; }

        public string Outcome { get; set; } = "";

        public string? DetailsJson { get; set; }

        public AuditEntry ToEntry() => new()
        {
            Id = Id,
            At = StoreTime.FromMs(At),
            Actor = Actor,
            PrincipalId = PrincipalId,
            Action = Action,
            Target = Target,
            Account = Account,
            Outcome = StoreText.Outcome(Outcome),
            DetailsJson = DetailsJson,
        };
    }
}
