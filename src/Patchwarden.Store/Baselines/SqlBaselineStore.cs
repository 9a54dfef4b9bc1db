using Patchwarden.Core.Baselines;
using Patchwarden.Core.Patches;
using Patchwarden.Store.Engine;

namespace Patchwarden.Store.Baselines;

/// <summary><see cref="IBaselineStore"/> in shared SQL; a baseline's document is the core's JSON.</summary>
internal sealed class SqlBaselineStore(StoreDatabase database) : IBaselineStore
{
    private const string Insert = """
        INSERT INTO baselines (id, name, os_family, is_default, document_json, created_at, updated_at)
        VALUES (@Id, @Name, @OsFamily, FALSE, @DocumentJson, @Now, @Now)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectBaselines = """
        SELECT id, name, os_family, is_default, document_json, created_at, updated_at FROM baselines
        """;

    private const string SelectOsFamily = """
        SELECT os_family FROM baselines WHERE id = @Id
        """;

    private const string Update = """
        UPDATE baselines SET name = @Name, document_json = @DocumentJson, updated_at = @Now WHERE id = @Id
        """;

    private const string SelectUse = """
        SELECT CASE WHEN is_default OR EXISTS (SELECT 1 FROM patch_groups WHERE baseline_id = @Id) THEN 1 ELSE 0 END
        FROM baselines WHERE id = @Id
        """;

    private const string Delete = """
        DELETE FROM baselines WHERE id = @Id
        """;

    private const string ClearDefault = """
        UPDATE baselines SET is_default = FALSE WHERE os_family = @OsFamily AND is_default AND id <> @Id
        """;

    private const string MarkDefault = """
        UPDATE baselines SET is_default = TRUE WHERE id = @Id
        """;

    private const string UpsertPatchGroup = """
        INSERT INTO patch_groups (name, os_family, baseline_id) VALUES (@Name, @OsFamily, @BaselineId)
        ON CONFLICT (name, os_family) DO UPDATE SET baseline_id = excluded.baseline_id
        """;

    private const string DeletePatchGroup = """
        DELETE FROM patch_groups WHERE name = @Name AND os_family = @OsFamily
        """;

    private const string SelectPatchGroups = """
        SELECT name, os_family, baseline_id FROM patch_groups ORDER BY name, os_family
        """;

    // The proven order: the patch group's registered baseline for this OS, else the OS default.
    private const string SelectEffective = """
        SELECT document_json FROM baselines
        WHERE id = COALESCE(
            (SELECT baseline_id FROM patch_groups WHERE name = @PatchGroup AND os_family = @OsFamily),
            (SELECT id FROM baselines WHERE os_family = @OsFamily AND is_default))
        """;

    public Task<BaselineChangeStatus> CreateAsync(PatchBaseline baseline, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var inserted = await session.ExecuteAsync(Insert, new
            {
                baseline.Id,
                baseline.Name,
                OsFamily = StoreText.Of(baseline.OperatingSystem),
                DocumentJson = StoreJson.Baseline(baseline),
                Now = StoreTime.ToMs(now),
            });
            return inserted == 1 ? BaselineChangeStatus.Done : BaselineChangeStatus.AlreadyExists;
        }, cancellationToken);

    public Task<BaselineChangeStatus> UpdateAsync(PatchBaseline baseline, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var check = await CheckOsAsync(session, baseline.Id, baseline.OperatingSystem);
            if (check != BaselineChangeStatus.Done)
            {
                return check;
            }

            await session.ExecuteAsync(Update, new { baseline.Id, baseline.Name, DocumentJson = StoreJson.Baseline(baseline), Now = StoreTime.ToMs(now) });
            return BaselineChangeStatus.Done;
        }, cancellationToken);

    public Task<BaselineChangeStatus> DeleteAsync(string id, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var inUse = await session.QuerySingleOrDefaultAsync<int?>(SelectUse, new { Id = id });
            if (inUse is null)
            {
                return BaselineChangeStatus.NotFound;
            }

            if (inUse == 1)
            {
                return BaselineChangeStatus.InUse;
            }

            await session.ExecuteAsync(Delete, new { Id = id });
            return BaselineChangeStatus.Done;
        }, cancellationToken);

    public Task<StoredBaseline?> GetAsync(string id, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
            (await session.QuerySingleOrDefaultAsync<BaselineRow>($"{SelectBaselines} WHERE id = @Id", new { Id = id }))?.ToStored(),
            cancellationToken);

    public Task<IReadOnlyList<StoredBaseline>> ListAsync(OperatingSystemFamily? operatingSystem, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var rows = operatingSystem is { } os
                ? await session.QueryAsync<BaselineRow>($"{SelectBaselines} WHERE os_family = @OsFamily ORDER BY name, id", new { OsFamily = StoreText.Of(os) })
                : await session.QueryAsync<BaselineRow>($"{SelectBaselines} ORDER BY name, id");
            return (IReadOnlyList<StoredBaseline>)rows.Select(r => r.ToStored()).ToList();
        }, cancellationToken);

    public Task<BaselineChangeStatus> SetDefaultAsync(OperatingSystemFamily operatingSystem, string baselineId, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var check = await CheckOsAsync(session, baselineId, operatingSystem);
            if (check != BaselineChangeStatus.Done)
            {
                return check;
            }

            // Clear first: the unique index allows one default per OS family at any moment.
            await session.ExecuteAsync(ClearDefault, new { OsFamily = StoreText.Of(operatingSystem), Id = baselineId });
            await session.ExecuteAsync(MarkDefault, new { Id = baselineId });
            return BaselineChangeStatus.Done;
        }, cancellationToken);

    public Task<BaselineChangeStatus> RegisterPatchGroupAsync(PatchGroupRegistration registration, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
        {
            var check = await CheckOsAsync(session, registration.BaselineId, registration.OperatingSystem);
            if (check != BaselineChangeStatus.Done)
            {
                return check;
            }

            await session.ExecuteAsync(UpsertPatchGroup, new
            {
                Name = registration.PatchGroup,
                OsFamily = StoreText.Of(registration.OperatingSystem),
                registration.BaselineId,
            });
            return BaselineChangeStatus.Done;
        }, cancellationToken);

    public Task<BaselineChangeStatus> DeregisterPatchGroupAsync(string patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken) =>
        database.WriteAsync(async session =>
            await session.ExecuteAsync(DeletePatchGroup, new { Name = patchGroup, OsFamily = StoreText.Of(operatingSystem) }) == 1
                ? BaselineChangeStatus.Done
                : BaselineChangeStatus.NotFound,
            cancellationToken);

    public Task<IReadOnlyList<PatchGroupRegistration>> ListPatchGroupsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var rows = await session.QueryAsync<PatchGroupRow>(SelectPatchGroups);
            return (IReadOnlyList<PatchGroupRegistration>)rows.Select(r => new PatchGroupRegistration
            {
                PatchGroup = r.Name,
                OperatingSystem = StoreText.OperatingSystem(r.OsFamily),
                BaselineId = r.BaselineId,
            }).ToList();
        }, cancellationToken);

    public Task<PatchBaseline?> ResolveEffectiveAsync(string? patchGroup, OperatingSystemFamily operatingSystem, CancellationToken cancellationToken) =>
        database.ReadAsync(async session =>
        {
            var json = await session.QuerySingleOrDefaultAsync<string>(SelectEffective, new { PatchGroup = patchGroup, OsFamily = StoreText.Of(operatingSystem) });
            return json is null ? null : StoreJson.Baseline(json);
        }, cancellationToken);

    private static async Task<BaselineChangeStatus> CheckOsAsync(DbSession session, string id, OperatingSystemFamily operatingSystem)
    {
        var os = await session.QuerySingleOrDefaultAsync<string>(SelectOsFamily, new { Id = id });
        return os is null ? BaselineChangeStatus.NotFound
            : os != StoreText.Of(operatingSystem) ? BaselineChangeStatus.OperatingSystemMismatch
            : BaselineChangeStatus.Done;
    }

    private sealed class BaselineRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string OsFamily { get; set; } = "";

        public bool IsDefault { get; set; }

        public string DocumentJson { get; set; } = "";

        public long CreatedAt { get; set; }

        public long UpdatedAt { get; set; }

        public StoredBaseline ToStored() => new()
        {
            Baseline = StoreJson.Baseline(DocumentJson),
            IsDefault = IsDefault,
            CreatedAt = StoreTime.FromMs(CreatedAt),
            UpdatedAt = StoreTime.FromMs(UpdatedAt),
        };
    }

    private sealed class PatchGroupRow
    {
        public string Name { get; set; } = "";

        public string OsFamily { get; set; } = "";

        public string BaselineId { get; set; } = "";
    }
}
