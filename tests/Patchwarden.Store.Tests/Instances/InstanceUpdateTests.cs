using Patchwarden.Store.Instances;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Instances;

public abstract class InstanceUpdateTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Changing_tags_moves_the_instance_to_the_patch_group_of_its_new_tag()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a", "web");

        var updated = await Store.Instances.UpdateAsync(AccountScope.All, instance.Id, new InstanceChanges
        {
            Tags = new Dictionary<string, string> { ["Patch Group"] = "db", ["Owner"] = "team-x" },
        }, TestData.T0, Ct);

        Assert.Equal("db", updated!.PatchGroup);
        var stored = await Store.Instances.GetAsync(AccountScope.All, instance.Id, Ct);
        Assert.Equal("db", stored!.PatchGroup);
        Assert.Equal("team-x", stored.Tags["Owner"]);
        Assert.Equal(instance.Name, stored.Name);

        var untagged = await Store.Instances.UpdateAsync(AccountScope.All, instance.Id, new InstanceChanges { Tags = new Dictionary<string, string>() }, TestData.T0, Ct);
        Assert.Null(untagged!.PatchGroup);
    }

    [Fact]
    public async Task Deregistering_revokes_the_identity_and_reactivating_restores_it()
    {
        var instance = await TestData.NewInstanceAsync(Store, "a");
        var at = TestData.T0.AddDays(2);

        await Store.Instances.UpdateAsync(AccountScope.All, instance.Id, new InstanceChanges { Status = InstanceStatus.Deregistered }, at, Ct);

        Assert.Equal(at, (await Store.Principals.FindInstanceIdentityAsync(instance.Id, Ct))!.RevokedAt);
        Assert.Empty((await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery(), Ct)).Items);
        Assert.Single((await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery { Status = null }, Ct)).Items);

        await Store.Instances.UpdateAsync(AccountScope.All, instance.Id, new InstanceChanges { Status = InstanceStatus.Active }, at, Ct);
        Assert.Null((await Store.Principals.FindInstanceIdentityAsync(instance.Id, Ct))!.RevokedAt);
    }

    [Fact]
    public async Task A_heartbeat_batch_updates_thousands_of_instances_and_never_moves_last_seen_back()
    {
        var instances = new List<Instance>();
        for (var i = 0; i < 20; i++)
        {
            instances.Add(await TestData.NewInstanceAsync(Store, "a"));
        }

        var later = TestData.T0.AddHours(1);
        var batch = instances.Select(i => new InstanceHeartbeat(i.Id, later))
            .Append(new InstanceHeartbeat(instances[0].Id, later.AddMinutes(5)))
            .Concat(Enumerable.Range(0, 3000).Select(n => new InstanceHeartbeat($"mi-{n:x17}", later)))
            .ToList();

        Assert.Equal(20, await Store.Instances.RecordHeartbeatsAsync(batch, Ct));
        Assert.Equal(0, await Store.Instances.RecordHeartbeatsAsync([new InstanceHeartbeat(instances[1].Id, TestData.T0)], Ct));

        Assert.Equal(later.AddMinutes(5), (await Store.Instances.GetAsync(AccountScope.All, instances[0].Id, Ct))!.LastSeenAt);
        Assert.Equal(later, (await Store.Instances.GetAsync(AccountScope.All, instances[1].Id, Ct))!.LastSeenAt);
        Assert.Equal(0, await Store.Instances.RecordHeartbeatsAsync([], Ct));
    }
}

public sealed class SqliteInstanceUpdateTests() : InstanceUpdateTests(new SqliteTarget());

public sealed class PostgresInstanceUpdateTests(PostgresFixture postgres) : InstanceUpdateTests(new PostgresTarget(postgres));
