using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Agents;

/// <summary>Agents register with an activation: tags come from it, the limit holds under concurrency, wrong codes learn nothing.</summary>
public abstract class RegistrationTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task A_registered_instance_gets_an_id_a_token_and_the_activations_account_and_tags()
    {
        await Server.CreateAccountAsync("payments-prod");
        var (id, code) = await Server.CreateActivationAsync("payments-prod", patchGroup: "web-servers");

        using var response = await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code, hostName: "web-7"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        var instanceId = body.Text("instanceId")!;
        Assert.Matches("^mi-[0-9a-f]{17}$", instanceId);
        Assert.StartsWith(instanceId + ".", body.Text("instanceToken"), StringComparison.Ordinal);
        var instance = await Server.Store.Instances.GetAsync(AccountScope.All, instanceId, Ct);
        Assert.NotNull(instance);
        Assert.Equal("payments-prod", instance.Account);
        Assert.Equal("web-servers", instance.PatchGroup);
        Assert.Equal("web-7", instance.HostName);
        Assert.Equal(Patchwarden.Core.Patches.OperatingSystemFamily.Debian, instance.OperatingSystem);
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_id_get_the_same_answer()
    {
        await Server.CreateAccountAsync("team-a");
        var (id, _) = await Server.CreateActivationAsync("team-a");

        using var wrongCode = await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, "WRONGWRONGWRONGWRONG"));
        using var unknownId = await Server.PostRegistrationAsync(TestApi.RegistrationBody("0f8fad5b-d9cb-469f-a165-70867728950e", "WRONGWRONGWRONGWRONG"));
        using var malformedId = await Server.PostRegistrationAsync(TestApi.RegistrationBody("not-an-id", "WRONGWRONGWRONGWRONG"));

        var answers = new[] { wrongCode, unknownId, malformedId };
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode));
        var titles = await Task.WhenAll(answers.Select(async answer => (await Json.ReadAsync(answer)).Text("title")));
        Assert.All(titles, title => Assert.Equal("Activation id or code is not valid", title));
        Assert.Equal(0, (await Server.Store.Instances.ListAsync(AccountScope.All, new() { Status = null }, Ct)).TotalCount);
    }

    [Fact]
    public async Task A_revoked_activation_is_refused_with_a_clear_title()
    {
        await Server.CreateAccountAsync("team-a");
        var (id, code) = await Server.CreateActivationAsync("team-a");
        using var admin = Server.CreateAdminClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/activations/{id}", Ct)).StatusCode);

        using var response = await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Activation was revoked", (await Json.ReadAsync(response)).Text("title"));
    }

    [Fact]
    public async Task A_used_up_activation_is_refused_with_a_clear_title()
    {
        await Server.CreateAccountAsync("team-a");
        var (id, code) = await Server.CreateActivationAsync("team-a", limit: 1);
        using var first = await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code, "web-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code, "web-2"));

        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal("Activation registration limit reached", (await Json.ReadAsync(second)).Text("title"));
    }

    [Fact]
    public async Task Parallel_registrations_never_exceed_the_limit()
    {
        const int limit = 5;
        const int agents = 40;
        await Server.CreateAccountAsync("team-a");
        var (id, code) = await Server.CreateActivationAsync("team-a", limit: limit);

        var responses = await Task.WhenAll(Enumerable.Range(0, agents)
            .Select(i => Task.Run(() => Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code, $"web-{i}")), Ct)));

        Assert.Equal(limit, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(agents - limit, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        var instances = await Server.Store.Instances.ListAsync(AccountScope.All, new() { Status = null }, Ct);
        Assert.Equal(limit, instances.TotalCount);
        var activation = await Server.Store.Activations.GetAsync(AccountScope.All, id, Ct);
        Assert.Equal(limit, activation!.RegistrationsUsed);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Registrations_and_failed_attempts_are_audited()
    {
        await Server.CreateAccountAsync("team-a");
        var (id, code) = await Server.CreateActivationAsync("team-a");
        (await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, "WRONGWRONGWRONGWRONG"))).Dispose();
        (await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code))).Dispose();

        using var admin = Server.CreateAdminClient();
        var entries = (await admin.GetJsonAsync("/api/v1/audit?action=instance.register")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["succeeded", "failed"], entries.Select(e => e.Text("outcome")));
        Assert.All(entries, e => Assert.Equal("team-a", e.Text("account")));
        Assert.DoesNotContain(code, string.Join(" ", entries), StringComparison.Ordinal);
    }
}

/// <summary>An activation past its expiry, on a clock the test moves.</summary>
public abstract class ExpiredActivationTests(StoreTarget store) : ServerTestBase(store)
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task An_expired_activation_is_refused_with_a_clear_title()
    {
        await Server.CreateAccountAsync("team-a");
        var (id, code) = await Server.CreateActivationAsync("team-a", expiresIn: "1h");

        _clock.Advance(TimeSpan.FromHours(2));
        using var response = await Server.PostRegistrationAsync(TestApi.RegistrationBody(id, code));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Activation has expired", (await Json.ReadAsync(response)).Text("title"));
    }
}

/// <summary>Registration is rate-limited per client address.</summary>
public abstract class RegistrationRateLimitTests(StoreTarget store) : ServerTestBase(store)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Agents:RegistrationPermitLimit"] = "3",
        ["Agents:RegistrationWindowSeconds"] = "3600",
    };

    [Fact]
    public async Task Registrations_beyond_the_limit_get_429_problem_details()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await Server.PostRegistrationAsync(TestApi.RegistrationBody("0f8fad5b-d9cb-469f-a165-70867728950e", "WRONGWRONGWRONGWRONG"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(Json.IsProblem(response));
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class SqliteRegistrationTests() : RegistrationTests(new SqliteTarget());

public sealed class PostgresRegistrationTests(PostgresFixture postgres) : RegistrationTests(new PostgresTarget(postgres));

public sealed class SqliteExpiredActivationTests() : ExpiredActivationTests(new SqliteTarget());

public sealed class PostgresExpiredActivationTests(PostgresFixture postgres) : ExpiredActivationTests(new PostgresTarget(postgres));

public sealed class SqliteRegistrationRateLimitTests() : RegistrationRateLimitTests(new SqliteTarget());

public sealed class PostgresRegistrationRateLimitTests(PostgresFixture postgres) : RegistrationRateLimitTests(new PostgresTarget(postgres));
