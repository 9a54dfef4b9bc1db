using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Patchwarden.Server.Agents;
using Patchwarden.Server.Metrics;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Agents;

/// <summary>Heartbeats are coalesced in memory and written in batches, and the last batch is written on shutdown.</summary>
public abstract class HeartbeatTests(StoreTarget store) : ServerTestBase(store)
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    // The timer never fires during a test: flushes happen when the test asks, or on shutdown.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Agents:HeartbeatFlushSeconds"] = "300" };

    protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task A_heartbeat_answers_the_server_time_and_the_interval()
    {
        await Server.CreateAccountAsync("team-a");
        var instance = await Server.RegisterInstanceAsync("team-a");
        using var agent = Server.CreateClient(instance.Token);

        using var response = await agent.PostAsync("/api/v1/agent/heartbeat", Json.Body("""{"agentVersion":"0.1.1"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal(60, body.GetProperty("heartbeatIntervalSeconds").GetInt32());
        Assert.Equal(_clock.GetUtcNow(), body.GetProperty("serverTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task Many_heartbeats_become_one_batch_write()
    {
        await Server.CreateAccountAsync("team-a");
        var instances = new List<RegisteredInstance>();
        for (var i = 0; i < 3; i++)
        {
            instances.Add(await Server.RegisterInstanceAsync("team-a"));
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        foreach (var instance in instances)
        {
            using var agent = Server.CreateClient(instance.Token);
            for (var beat = 0; beat < 10; beat++)
            {
                (await agent.PostAsync("/api/v1/agent/heartbeat", null, Ct)).EnsureSuccessStatusCode();
            }
        }

        foreach (var instance in instances)
        {
            Assert.NotEqual(_clock.GetUtcNow(), await LastSeenAsync(instance)); // Not written yet: still the registration's time, if any.
        }

        var metrics = Server.Services.GetRequiredService<IServerMetrics>().Registry;
        var writes = metrics.Histogram("patchwarden_store_operation_duration_seconds", "", Histogram.LatencyBuckets, "operation");
        var writesBefore = writes.Count("InstanceStore.RecordHeartbeatsAsync");

        await Server.Services.GetRequiredService<HeartbeatFlusher>().FlushAsync(Ct);

        Assert.Equal(writesBefore + 1, writes.Count("InstanceStore.RecordHeartbeatsAsync"));
        foreach (var instance in instances)
        {
            Assert.Equal(_clock.GetUtcNow(), await LastSeenAsync(instance));
        }

        Assert.Equal(0, Server.Services.GetRequiredService<HeartbeatCoalescer>().PendingCount);
    }

    [Fact]
    public async Task Pending_heartbeats_are_written_on_shutdown()
    {
        await Server.CreateAccountAsync("team-a");
        var instance = await Server.RegisterInstanceAsync("team-a");
        _clock.Advance(TimeSpan.FromMinutes(5));
        using (var agent = Server.CreateClient(instance.Token))
        {
            (await agent.PostAsync("/api/v1/agent/heartbeat", null, Ct)).EnsureSuccessStatusCode();
        }

        await RestartAsync();

        Assert.Equal(_clock.GetUtcNow(), await LastSeenAsync(instance));
    }

    [Fact]
    public async Task A_heartbeat_with_an_unknown_field_is_400_naming_it()
    {
        await Server.CreateAccountAsync("team-a");
        var instance = await Server.RegisterInstanceAsync("team-a");
        using var agent = Server.CreateClient(instance.Token);

        using var response = await agent.PostAsync("/api/v1/agent/heartbeat", Json.Body("""{"tags":{"Patch Group":"prod"}}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty("tags", out _));
    }

    private async Task<DateTimeOffset?> LastSeenAsync(RegisteredInstance instance) =>
        (await Server.Store.Instances.GetAsync(AccountScope.All, instance.InstanceId, Ct))?.LastSeenAt;
}

public sealed class SqliteHeartbeatTests() : HeartbeatTests(new SqliteTarget());

public sealed class PostgresHeartbeatTests(PostgresFixture postgres) : HeartbeatTests(new PostgresTarget(postgres));
