using System.CommandLine;

namespace Patchwarden.Server.Hosting;

/// <summary><c>patchwarden serve</c>: its flags map onto configuration keys, which then win over appsettings.json and <c>PATCHWARDEN_*</c> variables.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataDir = new Option<string?>("--data-dir") { HelpName = "DIR", Description = "Data folder: the SQLite database and admin.token (default ./data)." };
        var urls = new Option<string?>("--urls") { HelpName = "URL", Description = $"Where to listen, several separated by ';' (default {ServerOptions.DefaultUrls}; port 0 picks a free one)." };
        var store = new Option<string?>("--store") { HelpName = "sqlite|postgres", Description = "Store engine (default sqlite)." };
        var connectionString = new Option<string?>("--connection-string") { HelpName = "CS", Description = "Store connection string (required for postgres)." };

        var command = new Command("serve", "Run the control plane: REST API, metrics and health endpoints.") { dataDir, urls, store, connectionString };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            Set(overrides, "Server:DataDirectory", parse.GetValue(dataDir));
            Set(overrides, "Server:Urls", parse.GetValue(urls));
            Set(overrides, "Store:Engine", parse.GetValue(store));
            Set(overrides, "Store:ConnectionString", parse.GetValue(connectionString));
            return await ServerRunner.RunAsync(overrides, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static void Set(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (value is not null)
        {
            overrides[key] = value;
        }
    }
}
