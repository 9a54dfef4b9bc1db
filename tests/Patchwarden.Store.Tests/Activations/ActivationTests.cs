using Patchwarden.Core.Patches;
using Patchwarden.Store.Activations;
using Patchwarden.Store.Instances;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Store.Tests.Activations;

public abstract class ActivationTests(StoreTarget target) : StoreTestBase(target)
{
    [Fact]
    public async Task Registration_creates_the_instance_with_the_activations_account_tags_and_patch_group_and_its_identity()
    {
        await TestData.EnsureAccountAsync(Store, "payments-prod");
        var activation = TestData.Activation("payments-prod", patchGroup: "web-servers");
        await Store.Activations.CreateAsync(activation, Ct);
        var registration = TestData.Registration(activation.Id, OperatingSystemFamily.Ubuntu, hostName: "web-01");

        var outcome = await Store.Activations.RegisterInstanceAsync(registration, Ct);

        Assert.Equal(RegistrationStatus.Registered, outcome.Status);
        var instance = outcome.Instance!;
        Assert.Equal(registration.InstanceId, instance.Id);
        Assert.Equal("payments-prod", instance.Account);
        Assert.Equal("web-01", instance.Name);
        Assert.Equal("web-servers", instance.PatchGroup);
        Assert.Equal(activation.Tags, instance.Tags);
        Assert.Equal(OperatingSystemFamily.Ubuntu, instance.OperatingSystem);
        Assert.Equal(InstanceStatus.Active, instance.Status);
        Assert.Equal(InstanceComplianceStatus.NotScanned, instance.ComplianceStatus);
        Assert.Equal(registration.RegisteredAt, instance.RegisteredAt);
        var identity = await Store.Principals.FindInstanceIdentityAsync(instance.Id, Ct);
        Assert.Equal(registration.SecretHash, identity!.SecretHash);
        Assert.Equal("payments-prod", identity.Account);
        Assert.Equal(1, (await Store.Activations.GetAsync(AccountScope.All, activation.Id, Ct))!.RegistrationsUsed);
    }

    [Fact]
    public async Task Twenty_simultaneous_registrations_of_a_limit_five_activation_register_exactly_five()
    {
        await TestData.EnsureAccountAsync(Store, "payments-prod");
        var activation = TestData.Activation("payments-prod", limit: 5);
        await Store.Activations.CreateAsync(activation, Ct);
        var start = new TaskCompletionSource();

        var attempts = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await Store.Activations.RegisterInstanceAsync(TestData.Registration(activation.Id), Ct);
        }, Ct)).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(5, outcomes.Count(o => o.Status == RegistrationStatus.Registered));
        Assert.Equal(15, outcomes.Count(o => o.Status == RegistrationStatus.LimitReached));
        Assert.Equal(5, (await Store.Activations.GetAsync(AccountScope.All, activation.Id, Ct))!.RegistrationsUsed);
        Assert.Equal(5, (await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery(), Ct)).TotalCount);
    }

    [Fact]
    public async Task Registration_says_why_an_activation_cannot_be_used()
    {
        await TestData.EnsureAccountAsync(Store, "a");
        var expired = TestData.Activation("a") with { ExpiresAt = TestData.T0.AddSeconds(30) };
        var revoked = TestData.Activation("a");
        await Store.Activations.CreateAsync(expired, Ct);
        await Store.Activations.CreateAsync(revoked, Ct);
        await Store.Activations.RevokeAsync(AccountScope.All, revoked.Id, TestData.T0, Ct);

        Assert.Equal(RegistrationStatus.ActivationExpired, (await Store.Activations.RegisterInstanceAsync(TestData.Registration(expired.Id), Ct)).Status);
        Assert.Equal(RegistrationStatus.ActivationRevoked, (await Store.Activations.RegisterInstanceAsync(TestData.Registration(revoked.Id), Ct)).Status);
        Assert.Equal(RegistrationStatus.ActivationNotFound, (await Store.Activations.RegisterInstanceAsync(TestData.Registration("act-none"), Ct)).Status);
        Assert.Empty((await Store.Instances.ListAsync(AccountScope.All, new InstanceQuery(), Ct)).Items);
    }

    [Fact]
    public async Task A_taken_instance_id_gives_the_registration_back()
    {
        var existing = await TestData.NewInstanceAsync(Store, "a");
        var activation = TestData.Activation("a", limit: 1);
        await Store.Activations.CreateAsync(activation, Ct);

        var outcome = await Store.Activations.RegisterInstanceAsync(TestData.Registration(activation.Id, instanceId: existing.Id), Ct);

        Assert.Equal(RegistrationStatus.InstanceIdTaken, outcome.Status);
        Assert.Equal(0, (await Store.Activations.GetAsync(AccountScope.All, activation.Id, Ct))!.RegistrationsUsed);
        Assert.Equal(RegistrationStatus.Registered, (await Store.Activations.RegisterInstanceAsync(TestData.Registration(activation.Id), Ct)).Status);
    }

    [Fact]
    public async Task Activations_are_listed_got_and_revoked_only_within_scope()
    {
        await TestData.EnsureAccountAsync(Store, "a");
        await TestData.EnsureAccountAsync(Store, "b");
        var ofA = TestData.Activation("a");
        var ofB = TestData.Activation("b") with { CreatedAt = TestData.T0.AddMinutes(1) };
        Assert.True(await Store.Activations.CreateAsync(ofA, Ct));
        Assert.True(await Store.Activations.CreateAsync(ofB, Ct));
        Assert.False(await Store.Activations.CreateAsync(ofA, Ct));
        var scopeA = AccountScope.Of(["a"]);

        Assert.Equal([ofB.Id, ofA.Id], (await Store.Activations.ListAsync(AccountScope.All, Ct)).Select(x => x.Id));
        Assert.Equal([ofA.Id], (await Store.Activations.ListAsync(scopeA, Ct)).Select(x => x.Id));
        Assert.Null(await Store.Activations.GetAsync(scopeA, ofB.Id, Ct));
        Assert.False(await Store.Activations.RevokeAsync(scopeA, ofB.Id, TestData.T0, Ct));
        Assert.Null((await Store.Activations.GetAsync(AccountScope.All, ofB.Id, Ct))!.RevokedAt);
        Assert.True(await Store.Activations.RevokeAsync(scopeA, ofA.Id, TestData.T0, Ct));
        Assert.Equal(TestData.T0, (await Store.Activations.GetAsync(scopeA, ofA.Id, Ct))!.RevokedAt);
    }
}

public sealed class SqliteActivationTests() : ActivationTests(new SqliteTarget());

public sealed class PostgresActivationTests(PostgresFixture postgres) : ActivationTests(new PostgresTarget(postgres));
