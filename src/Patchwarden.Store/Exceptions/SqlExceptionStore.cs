using Patchwarden.Core.Exceptions;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Exceptions;

/// <summary><see cref="IExceptionStore"/> in shared SQL.</summary>
internal sealed class SqlExceptionStore(StoreDatabase database) : IExceptionStore
{
    private const string Insert = """
        INSERT INTO standing_exceptions (id, account, patch_pattern, scope_kind, scope_value, reason, author, created_at, expires_at, revoked_at)
        VALUES (@Id, @Account, @PatchPattern, @ScopeKind, @ScopeValue, @Reason, @Author, @CreatedAt, @ExpiresAt, @RevokedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectExceptions = """
        SELECT id, account, patch_pattern, scope_kind, scope_value, reason, author, created_at, expires_at, revoked_at
        FROM standing_exceptions
        """;

    private const string ActiveAt = """
        created_at <= @ActiveAt AND expires_at > @ActiveAt AND (revoked_at IS NULL OR revoked_at > @ActiveAt)
        """;

    private const string Revoke = """
        UPDATE standing_exceptions SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL
        """;

    // Within the instance's own account only: another account's exception never weakens this one's compliance.
    private const string CoversInstance = """
        account = @Account AND (
               (scope_kind = 'Instance' AND scope_value = @InstanceId)
            OR (scope_kind = 'Account' AND scope_value = @Account)
            OR (scope_kind = 'PatchGroup' AND scope_value = @PatchGroup))
        """;

    public Task<bool> CreateAsync(AccountScope scope, StandingException exception, CancellationToken cancellationToken)
    {
        if (!scope.Includes(exception.Account))
        {
            return Task.FromResult(false);
        }

        return database.WriteAsync(async session => await session.ExecuteAsync(Insert, new
        {
            exception.Id,
            exception.Account,
            exception.PatchPattern,
            ScopeKind = StoreText.Of(exception.ScopeKind),
            exception.ScopeValue,
            exception.Reason,
            exception.Author,
            CreatedAt = StoreTime.ToMs(exception.CreatedAt),
            ExpiresAt = StoreTime.ToMs(exception.ExpiresAt),
            RevokedAt = StoreTime.ToMs(exception.RevokedAt),
        }) == 1, cancellationToken);
    }

    public Task<StandingException?> GetAsync(AccountScope scope, string id, CancellationToken cancellationToken) =>
        database.ReadAsync(session => GetAsync(session, scope, id), cancellationToken);

    public Task<IReadOnlyList<StandingException>> ListAsync(AccountScope scope, ExceptionQuery query, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "account");
            if (query.Account is not null)
            {
                filter.Add("account = @Account", "Account", query.Account);
            }

            if (query.ScopeKind is { } kind)
            {
                filter.Add("scope_kind = @ScopeKind", "ScopeKind", StoreText.Of(kind));
            }

            if (query.ScopeValue is not null)
            {
                filter.Add("scope_value = @ScopeValue", "ScopeValue", query.ScopeValue);
            }

            if (query.ActiveAt is { } at)
            {
                filter.Add(ActiveAt, "ActiveAt", StoreTime.ToMs(at));
            }

            var rows = await session.QueryAsync<ExceptionRow>($"{SelectExceptions} {filter.Where()} ORDER BY created_at DESC, id", filter.Parameters);
            return (IReadOnlyList<StandingException>)rows.Select(r => r.ToException()).ToList();
        }, cancellationToken);

    public Task<bool> RevokeAsync(AccountScope scope, string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
            await GetAsync(session, scope, id) is not null
            && await session.ExecuteAsync(Revoke, new { Id = id, Now = StoreTime.ToMs(now) }) == 1,
            cancellationToken);

    public Task<IReadOnlyList<StandingException>> ListApplicableAsync(InstanceContext instance, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var rows = await session.QueryAsync<ExceptionRow>(
                $"{SelectExceptions} WHERE {CoversInstance} AND {ActiveAt} ORDER BY id",
                new { instance.Account, instance.InstanceId, instance.PatchGroup, ActiveAt = StoreTime.ToMs(now) });
            return (IReadOnlyList<StandingException>)rows.Select(r => r.ToException()).ToList();
        }, cancellationToken);

    private static async Task<StandingException?> GetAsync(DbSession session, AccountScope scope, string id)
    {
        var filter = new SqlFilter(session.Dialect, scope, "account").Add("id = @Id", "Id", id);
        var row = await session.QuerySingleOrDefaultAsync<ExceptionRow>($"{SelectExceptions} {filter.Where()}", filter.Parameters);
        return row?.ToException();
    }

    private sealed class ExceptionRow
    {
        public string Id { get; set; } = "";

        public string Account { get; set; } = "";

        public string PatchPattern { get; set; } = "";

        public string ScopeKind { get; set; } = "";

        public string ScopeValue { get; set; } = "";

        public string Reason { get; set; } = "";

        public string Author { get; set; } = "";

        public long CreatedAt { get; set; }

        public long ExpiresAt { get; set; }

        public long? RevokedAt { get; set; }

        public StandingException ToException() => new()
        {
            Id = Id,
            Account = Account,
            PatchPattern = PatchPattern,
            ScopeKind = StoreText.ScopeKind(ScopeKind),
            ScopeValue = ScopeValue,
            Reason = Reason,
            Author = Author,
            CreatedAt = StoreTime.FromMs(CreatedAt),
            ExpiresAt = StoreTime.FromMs(ExpiresAt),
            RevokedAt = StoreTime.FromMs(RevokedAt),
        };
    }
}
