using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Patchwarden.Store;

namespace Patchwarden.Server.Hosting;

/// <summary>What runs before the server listens: validate the configuration, migrate the store, create the first admin.</summary>
public static class ServerStartup
{
    /// <summary>
    /// Throws <see cref="OptionsValidationException"/> or <see cref="InvalidConfigurationException"/> for bad configuration
    /// (exit code 2) and the store's own exceptions when the database cannot be reached or migrated.
    /// </summary>
    public static async Task<StartupReport> PrepareAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (InvalidOperationException e)
        {
            // The configuration binder's way of saying a value has the wrong type ("abc" for a number).
            throw new InvalidConfigurationException(e.Message, e);
        }

        var store = app.Services.GetRequiredService<IPatchwardenStore>();
        var migration = await store.Migrator.MigrateAsync(cancellationToken);
        var adminTokenPath = await app.Services.GetRequiredService<FirstAdminBootstrapper>().RunAsync(cancellationToken);
        return new StartupReport(store.Engine, migration.CurrentVersion, adminTokenPath);
    }
}
