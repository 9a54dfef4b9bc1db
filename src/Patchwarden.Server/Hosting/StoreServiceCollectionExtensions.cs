using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Metrics;
using Patchwarden.Store;

namespace Patchwarden.Server.Hosting;

/// <summary>Registers the store for the configured engine, with every call timed into the store metrics.</summary>
public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenStore(this IServiceCollection services)
    {
        services.AddOptions<StoreSettings>().BindConfiguration(StoreSettings.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreSettings>, StoreSettingsValidator>();
        services.AddSingleton(provider =>
        {
            var server = provider.GetRequiredService<IOptions<ServerOptions>>().Value;
            var options = provider.GetRequiredService<IOptions<StoreSettings>>().Value.ToStoreOptions(server);
            var created = PatchwardenStoreFactory.Create(options, provider.GetRequiredService<TimeProvider>());
            if (!created.IsSuccess)
            {
                throw new InvalidConfigurationException(string.Join("; ", created.Errors.Select(error => $"Store:{error.Field}: {error.Message}")));
            }

            return TimedStoreProxy.Wrap(created.Value, provider.GetRequiredService<IServerMetrics>());
        });
        return services;
    }
}
