using Patchwarden.Store.Engine;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Activations;

/// <summary><see cref="IActivationStore"/> in shared SQL.</summary>
internal sealed class SqlActivationStore(StoreDatabase database) : IActivationStore
{
    private const string Insert = """
        INSERT INTO activations (id, account, description, tags_json, registration_limit, registrations_used, code_hash,
                                 created_at, expires_at, revoked_at, created_by)
        VALUES (@Id, @Account, @Description, @TagsJson, @RegistrationLimit, @RegistrationsUsed, @CodeHash,
                @CreatedAt, @ExpiresAt, @RevokedAt, @CreatedBy)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectActivations = """
        SELECT id, account, description, tags_json, registration_limit, registrations_used, code_hash,
               created_at, expires_at, revoked_at, created_by
        FROM activations
        """;

    private const string Revoke = """
        UPDATE activations SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL
        """;

    // The guard and the increment are one statement: under any concurrency the count never passes the limit
    // (PostgreSQL re-checks the WHERE clause on the row it waited for; SQLite has one writer).
    private const string ConsumeRegistration = """
        UPDATE activations SET registrations_used = registrations_used + 1
        WHERE id = @Id AND revoked_at IS NULL AND expires_at > @Now AND registrations_used < registration_limit
        RETURNING account, tags_json
        """;

    private const string InsertInstance = """
        INSERT INTO instances (id, account, name, host_name, tags_json, patch_group, os_family, os_name, os_version, arch,
                               agent_version, activation_id, registered_at, last_seen_at, status)
        VALUES (@Id, @Account, @HostName, @HostName, @TagsJson, @PatchGroup, @OsFamily, @OsName, @OsVersion, @Arch,
                @AgentVersion, @ActivationId, @RegisteredAt, @RegisteredAt, 'active')
        ON CONFLICT (id) DO NOTHING
        """;

    private const string InsertIdentity = """
        INSERT INTO instance_identities (instance_id, account, secret_hash, created_at) VALUES (@Id, @Account, @SecretHash, @CreatedAt)
        """;

    public Task<bool> CreateAsync(Activation activation, CancellationToken cancellationToken) =>
        database.WriteAsync(async session => await session.ExecuteAsync(Insert, new
        {
            activation.Id,
            activation.Account,
            activation.Description,
            TagsJson = StoreJson.Tags(activation.Tags),
            activation.RegistrationLimit,
            activation.RegistrationsUsed,
            activation.CodeHash,
            CreatedAt = StoreTime.ToMs(activation.CreatedAt),
            ExpiresAt = StoreTime.ToMs(activation.ExpiresAt),
            RevokedAt = StoreTime.ToMs(activation.RevokedAt),
            activation.CreatedBy,
        }) == 1, cancellationToken);

    public Task<Activation?> GetAsync(AccountScope scope, string id, CancellationToken cancellationToken) =>
        database.ReadAsync(session => GetAsync(session, scope, id), cancellationToken);

    public Task<IReadOnlyList<Activation>> ListAsync(AccountScope scope, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var filter = new SqlFilter(session.Dialect, scope, "account");
            var rows = await session.QueryAsync<ActivationRow>($"{SelectActivations} {filter.Where()} ORDER BY created_at DESC, id", filter.Parameters);
            return (IReadOnlyList<Activation>)rows.Select(r => r.ToActivation()).ToList();
        }, cancellationToken);

    public Task<bool> RevokeAsync(AccountScope scope, string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            if (await GetAsync(session, scope, id) is null)
            {
                return false;
            }

            return await session.ExecuteAsync(Revoke, new { Id = id, Now = StoreTime.ToMs(now) }) == 1;
        }, cancellationToken);

    public Task<RegistrationOutcome> RegisterInstanceAsync(InstanceRegistration registration, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var now = StoreTime.ToMs(registration.RegisteredAt);
            var consumed = await session.QuerySingleOrDefaultAsync<ConsumedRow>(ConsumeRegistration, new { Id = registration.ActivationId, Now = now });
            if (consumed is null)
            {
                var activation = await GetAsync(session, AccountScope.All, registration.ActivationId);
                return new RegistrationOutcome(WhyNot(activation, registration.RegisteredAt), null);
            }

            var tags = StoreJson.Tags(consumed.TagsJson);
            var inserted = await session.ExecuteAsync(InsertInstance, new
            {
                Id = registration.InstanceId,
                consumed.Account,
                registration.HostName,
                consumed.TagsJson,
                PatchGroup = InstanceRow.PatchGroupOf(tags),
                OsFamily = StoreText.Of(registration.OperatingSystem),
                registration.OsName,
                registration.OsVersion,
                registration.Arch,
                registration.AgentVersion,
                registration.ActivationId,
                RegisteredAt = now,
            });
            if (inserted == 0)
            {
                // Give the registration back: the caller retries with another id.
                session.RequestRollback();
                return new RegistrationOutcome(RegistrationStatus.InstanceIdTaken, null);
            }

            await session.ExecuteAsync(InsertIdentity, new { Id = registration.InstanceId, consumed.Account, registration.SecretHash, CreatedAt = now });
            var instance = await SqlInstanceStore.GetAsync(session, AccountScope.All, registration.InstanceId, forUpdate: false);
            return new RegistrationOutcome(RegistrationStatus.Registered, instance);
        }, cancellationToken);

    private static RegistrationStatus WhyNot(Activation? activation, DateTimeOffset now) => activation switch
    {
        null => RegistrationStatus.ActivationNotFound,
        { RevokedAt: not null } => RegistrationStatus.ActivationRevoked,
        _ when activation.ExpiresAt <= now => RegistrationStatus.ActivationExpired,
        _ => RegistrationStatus.LimitReached,
    };

    private static async Task<Activation?> GetAsync(DbSession session, AccountScope scope, string id)
    {
        var filter = new SqlFilter(session.Dialect, scope, "account").Add("id = @Id", "Id", id);
        var row = await session.QuerySingleOrDefaultAsync<ActivationRow>($"{SelectActivations} {filter.Where()}", filter.Parameters);
        return row?.ToActivation();
    }

    private sealed class ConsumedRow
    {
        public string Account { get; set; } = "";

        public string TagsJson { get; set; } = "{}";
    }

    private sealed class ActivationRow
    {
        public string Id { get; set; } = "";

        public string Account { get; set; } = "";

        public string? Description { get; set; }

        public string TagsJson { get; set; } = "{}";

        public int RegistrationLimit { get; set; }

        public int RegistrationsUsed { get; set; }

        public string CodeHash { get; set; } = "";

        public long CreatedAt { get; set; }

        public long ExpiresAt { get; set; }

        public long? RevokedAt { get; set; }

        public string? CreatedBy { get; set; }

        public Activation ToActivation() => new()
        {
            Id = Id,
            Account = Account,
            Description = Description,
            Tags = StoreJson.Tags(TagsJson),
            RegistrationLimit = RegistrationLimit,
            RegistrationsUsed = RegistrationsUsed,
            CodeHash = CodeHash,
            CreatedAt = StoreTime.FromMs(CreatedAt),
            ExpiresAt = StoreTime.FromMs(ExpiresAt),
            RevokedAt = StoreTime.FromMs(RevokedAt),
            CreatedBy = CreatedBy,
        };
    }
}
