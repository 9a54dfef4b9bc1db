using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Patchwarden.Server.Hosting;

namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>
/// The real server (the same <see cref="ServerBuilder"/> and start-up as <c>patchwarden serve</c>) on the test server,
/// already migrated and started. Create it with <see cref="StartAsync"/>; dispose it to stop it (heartbeats are flushed).
/// </summary>
/// <remarks>
/// The app is built here rather than by running <c>Program</c>, because <c>Program</c> is a command line (<c>serve</c>)
/// and start-up is asynchronous; <see cref="CreateHost"/> hands the factory the app that is already running.
/// </remarks>
public sealed class PatchwardenFactory : WebApplicationFactory<Program>
{
    private readonly WebApplication _app;

    private PatchwardenFactory(WebApplication app, StartupReport startup, string dataDirectory)
    {
        _app = app;
        Startup = startup;
        DataDirectory = dataDirectory;
    }

    public StartupReport Startup { get; }

    public string DataDirectory { get; }

    public string AdminTokenPath => Path.Combine(DataDirectory, FirstAdminBootstrapper.TokenFileName);

    /// <summary>The first admin's token, read from <c>admin.token</c> as an operator would.</summary>
    public string AdminToken => File.ReadAllText(AdminTokenPath).Trim();

    public IPatchwardenStore Store => Services.GetRequiredService<IPatchwardenStore>();

    /// <param name="settings">Configuration keys, as the flags would set them (<c>Store:Engine</c>, <c>Server:DataDirectory</c>...).</param>
    /// <param name="configure">Changes to the builder (services) before the app is built.</param>
    /// <param name="map">Extra endpoints for a test (e.g. one that throws).</param>
    public static async Task<PatchwardenFactory> StartAsync(
        IReadOnlyDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var app = ServerBuilder.Build(settings, builder =>
        {
            builder.WebHost.UseTestServer();
            configure?.Invoke(builder);
        });
        map?.Invoke(app);
        try
        {
            var startup = await ServerStartup.PrepareAsync(app, TestContext.Current.CancellationToken);
            await app.StartAsync(TestContext.Current.CancellationToken);
            var factory = new PatchwardenFactory(app, startup, settings["Server:DataDirectory"] ?? throw new ArgumentException("Server:DataDirectory is required.", nameof(settings)));
            _ = factory.Server; // Makes the base class take the running app now.
            return factory;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client sending <c>Authorization: Bearer <paramref name="token"/></c> (none when null).</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public HttpClient CreateAdminClient() => CreateClient(AdminToken);

    protected override IHost CreateHost(IHostBuilder builder) => _app;
}
