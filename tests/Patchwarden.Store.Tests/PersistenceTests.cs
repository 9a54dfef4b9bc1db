using Patchwarden.Store.Audit;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Principals;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests;

public abstract class PersistenceTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Everything_written_is_there_after_the_store_is_closed_and_opened_again()
    {
        var instance = await TestData.NewInstanceAsync(Store, "payments-prod");
        var report = TestData.Report(instance.Id, "exec-1", [TestData.Missing("openssl")], inventoryJson: """{"Installed":["a"]}""");
        await Store.Compliance.IngestReportAsync(report, Ct);
        await Store.Principals.CreateAsync(new Principal { Id = "tok-1", Name = "ci", Role = PrincipalRole.Auditor, TokenHash = TestData.Hash("t"), CreatedAt = TestData.T0 }, Ct);
        await Store.Audit.AppendAsync(new AuditEntry { At = TestData.T0, Actor = "admin", Action = "token.create", Outcome = AuditOutcome.Succeeded }, Ct);

        await ReopenAsync();

        Assert.Empty((await Store.Migrator.MigrateAsync(Ct)).Applied);
        Assert.Equal("exec-1", (await Store.Instances.GetAsync(AccountScope.All, instance.Id, Ct))!.LastExecutionId);
        Assert.Equal(report.Evaluation.RecordJson, await Store.Compliance.GetRecordJsonAsync(AccountScope.All, instance.Id, Ct));
        Assert.Equal("""{"Installed":["a"]}""", (await Store.Compliance.GetLatestInventoryAsync(AccountScope.All, instance.Id, Ct))!.Document.ToJson());
        Assert.Single((await Store.Compliance.ListPatchStatesAsync(AccountScope.All, instance.Id, Ct))!);
        Assert.NotNull(await Store.Principals.FindByTokenHashAsync(TestData.Hash("t"), Ct));
        Assert.Single((await Store.Audit.QueryAsync(AccountScope.All, new AuditQuery(), Ct)).Items);
        Assert.Equal(IngestionStatus.AlreadyIngested, await Store.Compliance.IngestReportAsync(report, Ct));
    }
}

public sealed class SqlitePersistenceTests() : PersistenceTests(new SqliteTarget());

public sealed class PostgresPersistenceTests(PostgresFixture postgres) : PersistenceTests(new PostgresTarget(postgres));
