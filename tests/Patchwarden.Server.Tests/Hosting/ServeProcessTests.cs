using System.Net;
using Patchwarden.Server.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Hosting;

/// <summary><c>patchwarden serve</c> as a real process: it starts on a free port, answers, and stops cleanly on SIGTERM.</summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pw-serve-").FullName;

    [Fact]
    public async Task Serve_starts_on_a_free_port_prints_the_token_path_and_answers_healthz()
    {
        var dataDir = Path.Combine(_directory, "data");
        var (server, url) = await PatchwardenProcess.ServeAsync(["--data-dir", dataDir, "--urls", "http://127.0.0.1:0"], _directory);
        await using (server)
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            var tokenPath = Path.Combine(dataDir, "admin.token");
            Assert.Contains(tokenPath, server.Stdout, StringComparison.Ordinal);
            var token = (await File.ReadAllTextAsync(tokenPath, TestContext.Current.CancellationToken)).Trim();
            Assert.DoesNotContain(token, server.Stdout + server.Stderr, StringComparison.Ordinal); // Never printed or logged.
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            using var accounts = await client.GetAsync("/api/v1/accounts", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);

            Assert.Equal(0, await server.TerminateAsync());
        }
    }

    [Fact]
    public async Task Flags_win_over_PATCHWARDEN_environment_variables()
    {
        var environment = new Dictionary<string, string> { ["PATCHWARDEN_Store__Engine"] = "nosuch", ["PATCHWARDEN_Server__Urls"] = "http://127.0.0.1:1" };

        var (server, url) = await PatchwardenProcess.ServeAsync(
            ["--data-dir", Path.Combine(_directory, "data"), "--store", "sqlite", "--urls", "http://127.0.0.1:0"], _directory, environment);
        await using (server)
        {
            Assert.DoesNotContain(":1/", url + "/", StringComparison.Ordinal);
            Assert.Equal(0, await server.TerminateAsync());
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
