using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Patchwarden.Server.Hosting;

/// <summary>Builds the server: configuration from appsettings.json, <c>PATCHWARDEN_*</c> variables and flags (in rising priority), services and pipeline.</summary>
public static class ServerBuilder
{
    public const string EnvironmentPrefix = "PATCHWARDEN_";

    /// <param name="overrides">Configuration keys set by flags (<c>Store:Engine</c>, ...); they win over everything else.</param>
    /// <param name="configure">Last changes before the app is built (tests: the test server, a fake clock).</param>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json sits beside the program, whatever the working directory; relative data paths still follow the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });

        // Only our sources: the defaults would also read every unprefixed environment variable.
        builder.Configuration.Sources.Clear();
        builder.Configuration
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(overrides);

        builder.WebHost.UseUrls(builder.Configuration[$"{ServerOptions.SectionName}:{nameof(ServerOptions.Urls)}"] ?? ServerOptions.DefaultUrls);
        builder.Services.AddPatchwardenServer();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UsePatchwardenPipeline();
        return app;
    }
}
