using Microsoft.Extensions.Options;
using Patchwarden.Store;

namespace Patchwarden.Server.Hosting;

/// <summary>Refuses to start with an unknown store engine or PostgreSQL without a connection string.</summary>
public sealed class StoreSettingsValidator : IValidateOptions<StoreSettings>
{
    public ValidateOptionsResult Validate(string? name, StoreSettings options)
    {
        if (!StoreSettings.TryParseEngine(options.Engine, out var engine))
        {
            return ValidateOptionsResult.Fail($"Store:Engine '{options.Engine}' is not a store engine; use sqlite or postgres");
        }

        if (engine == StoreEngine.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Store:ConnectionString is required for postgres (--connection-string or PATCHWARDEN_Store__ConnectionString), e.g. Host=db;Database=patchwarden;Username=pw");
        }

        return ValidateOptionsResult.Success;
    }
}
