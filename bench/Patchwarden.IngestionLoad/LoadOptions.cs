using System.Globalization;

namespace Patchwarden.IngestionLoad;

/// <summary>What the load generator does; every option has a default except the server and the admin token.</summary>
public sealed record LoadOptions
{
    public required Uri Server { get; init; }

    /// <summary>An admin API token (creates the account and the activation).</summary>
    public required string AdminToken { get; init; }

    /// <summary>Simulated agents; each registers through a real activation.</summary>
    public int Instances { get; init; } = 200;

    /// <summary>Reports to post after the warm-up.</summary>
    public int Reports { get; init; } = 10_000;

    /// <summary>Reports posted first and left out of the figures (JIT, connection pools, caches).</summary>
    public int Warmup { get; init; } = 500;

    /// <summary>Reports in flight at once.</summary>
    public int Concurrency { get; init; } = 32;

    public int Installed { get; init; } = 1_500;

    public int Updates { get; init; } = 200;

    /// <summary>Send bodies gzip-compressed, as the agent does.</summary>
    public bool Gzip { get; init; } = true;

    public const string Usage = """
        patchwarden-ingestion-load --server URL (--token T | --token-file PATH)
            [--instances 200] [--reports 10000] [--warmup 500] [--concurrency 32]
            [--installed 1500] [--updates 200] [--gzip true|false]
        """;

    /// <summary>Reads <c>--name value</c> pairs; throws <see cref="ArgumentException"/> with the usage on a mistake.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected '--name value' at '{args[i]}'\n{Usage}");
            }

            values[args[i][2..]] = args[i + 1];
        }

        var token = values.TryGetValue("token", out var t) ? t
            : values.TryGetValue("token-file", out var file) ? File.ReadAllText(file).Trim()
            : throw new ArgumentException($"--token or --token-file is required\n{Usage}");
        var options = new LoadOptions
        {
            Server = new Uri(values.TryGetValue("server", out var server) ? server : throw new ArgumentException($"--server is required\n{Usage}")),
            AdminToken = token,
        };
        return options with
        {
            Instances = Number(values, "instances", options.Instances),
            Reports = Number(values, "reports", options.Reports),
            Warmup = Number(values, "warmup", options.Warmup),
            Concurrency = Number(values, "concurrency", options.Concurrency),
            Installed = Number(values, "installed", options.Installed),
            Updates = Number(values, "updates", options.Updates),
            Gzip = !values.TryGetValue("gzip", out var gzip) || bool.Parse(gzip),
        };
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
}
