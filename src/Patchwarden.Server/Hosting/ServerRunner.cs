using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Patchwarden.Server.Hosting;

/// <summary>Runs the server until it is told to stop; turns start-up failures into one line on stderr and an exit code.</summary>
public static class ServerRunner
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string?> overrides, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        await using var app = ServerBuilder.Build(overrides);
        StartupReport report;
        try
        {
            report = await ServerStartup.PrepareAsync(app, cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            return await FailAsync(stderr, ExitCodes.Usage, "invalid configuration: " + string.Join("; ", e.Failures));
        }
        catch (InvalidConfigurationException e)
        {
            return await FailAsync(stderr, ExitCodes.Usage, "invalid configuration: " + e.Message);
        }
        catch (Exception e) when (e is DbException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            return await FailAsync(stderr, ExitCodes.Failed, "cannot open the store: " + e.Message);
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            return await FailAsync(stderr, ExitCodes.Failed, "cannot listen: " + e.Message);
        }

        await WriteBannerAsync(stdout, app, report);
        await app.WaitForShutdownAsync(cancellationToken);
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private static async Task<int> FailAsync(TextWriter stderr, int exitCode, string message)
    {
        // One line: people and scripts read the reason, not a stack trace.
        await stderr.WriteLineAsync("patchwarden: " + message.ReplaceLineEndings(" "));
        return exitCode;
    }

    private static async Task WriteBannerAsync(TextWriter stdout, WebApplication app, StartupReport report)
    {
        foreach (var url in app.Urls)
        {
            await stdout.WriteLineAsync($"Patchwarden listening on {url}");
            await stdout.WriteLineAsync($"  dashboard and API: {url}/   OpenAPI: {url}{OpenApiSetup.DocumentPath}   health: {url}{HealthApi.Path}");
        }

        await stdout.WriteLineAsync($"  store: {report.Engine.ToString().ToLowerInvariant()} (schema version {report.SchemaVersion})");
        if (report.AdminTokenPath is { } path)
        {
            await stdout.WriteLineAsync($"First start: the admin API token is in {path} (mode 0600). Use it as 'Authorization: Bearer <token>'.");
        }

        await stdout.FlushAsync();
    }
}
