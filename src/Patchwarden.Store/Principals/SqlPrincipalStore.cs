using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Principals;

/// <summary><see cref="IPrincipalStore"/> in shared SQL.</summary>
internal sealed class SqlPrincipalStore(StoreDatabase database) : IPrincipalStore
{
    private const string Insert = """
        INSERT INTO principals (id, name, role, accounts_json, token_hash, created_at, expires_at, revoked_at, created_by)
        VALUES (@Id, @Name, @Role, @AccountsJson, @TokenHash, @CreatedAt, @ExpiresAt, @RevokedAt, @CreatedBy)
        ON CONFLICT DO NOTHING
        """;

    private const string ClaimFirstAdmin = """
        INSERT INTO store_bootstrap (name, done_at) VALUES ('first-admin', @Now)
        ON CONFLICT (name) DO NOTHING
        """;

    private const string SelectPrincipals = """
        SELECT id, name, role, accounts_json, token_hash, created_at, expires_at, revoked_at, created_by FROM principals
        """;

    private const string Revoke = """
        UPDATE principals SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL
        """;

    private const string SelectIdentity = """
        SELECT instance_id, account, secret_hash, created_at, revoked_at FROM instance_identities WHERE instance_id = @InstanceId
        """;

    public Task<bool> CreateAsync(Principal principal, CancellationToken cancellationToken) =>
        database.WriteAsync(async session => await session.ExecuteAsync(Insert, Parameters(principal)) == 1, cancellationToken);

    public Task<bool> TryCreateFirstAdminAsync(Principal admin, CancellationToken cancellationToken)
    {
        if (admin.Role != PrincipalRole.Admin)
        {
            throw new ArgumentException("The first principal must be an admin.", nameof(admin));
        }

        return database.WriteAsync(async session =>
        {
            // The bootstrap row's key admits exactly one claimant, even when several nodes start on an empty database.
            if (await session.ExecuteAsync(ClaimFirstAdmin, new { Now = StoreTime.ToMs(admin.CreatedAt) }) == 0)
            {
                return false;
            }

            return await session.ExecuteAsync(Insert, Parameters(admin)) == 1;
        }, cancellationToken);
    }

    public Task<Principal?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
            (await session.QuerySingleOrDefaultAsync<PrincipalRow>($"{SelectPrincipals} WHERE token_hash = @TokenHash", new { TokenHash = tokenHash }))?.ToPrincipal(),
            cancellationToken);

    public Task<Principal?> GetAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
            (await session.QuerySingleOrDefaultAsync<PrincipalRow>($"{SelectPrincipals} WHERE id = @Id", new { Id = id }))?.ToPrincipal(),
            cancellationToken);

    public Task<IReadOnlyList<Principal>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
            (IReadOnlyList<Principal>)(await session.QueryAsync<PrincipalRow>($"{SelectPrincipals} ORDER BY created_at, id")).Select(r => r.ToPrincipal()).ToList(),
            cancellationToken);

    public Task<bool> RevokeAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async session => await session.ExecuteAsync(Revoke, new { Id = id, Now = StoreTime.ToMs(now) }) == 1, cancellationToken);

    public Task<InstanceIdentity?> FindInstanceIdentityAsync(string instanceId, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var row = await session.QuerySingleOrDefaultAsync<IdentityRow>(SelectIdentity, new { InstanceId = instanceId });
            return row is null ? null : new InstanceIdentity
            {
                InstanceId = row.InstanceId,
                Account = row.Account,
                SecretHash = row.SecretHash,
                CreatedAt = StoreTime.FromMs(row.CreatedAt),
                RevokedAt = StoreTime.FromMs(row.RevokedAt),
            };
        }, cancellationToken);

    private static object Parameters(Principal p) => new
    {
        p.Id,
        p.Name,
        Role = StoreText.Of(p.Role),
        AccountsJson = StoreJson.Strings(p.Accounts),
        p.TokenHash,
        CreatedAt = StoreTime.ToMs(p.CreatedAt),
        ExpiresAt = StoreTime.ToMs(p.ExpiresAt),
        RevokedAt = StoreTime.ToMs(p.RevokedAt),
        p.CreatedBy,
    };

    private sealed class PrincipalRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string Role { get; set; } = "";

        public string AccountsJson { get; set; } = "[]";

        public string TokenHash { get; set; } = "";

        public long CreatedAt { get; set; }

        public long? ExpiresAt { get; set; }

        public long? RevokedAt { get; set; }

        public string? CreatedBy { get; set; }

        public Principal ToPrincipal() => new()
        {
            Id = Id,
            Name = Name,
            Role = StoreText.Role(Role),
            Accounts = StoreJson.Strings(AccountsJson),
            TokenHash = TokenHash,
            CreatedAt = StoreTime.FromMs(CreatedAt),
            ExpiresAt = StoreTime.FromMs(ExpiresAt),
            RevokedAt = StoreTime.FromMs(RevokedAt),
            CreatedBy = CreatedBy,
        };
    }

    private sealed class IdentityRow
    {
        public string InstanceId { get; set; } = "";

        public string Account { get; set; } = "";

        public string SecretHash { get; set; } = "";

        public long CreatedAt { get; set; }

        public long? RevokedAt { get; set; }
    }
}
