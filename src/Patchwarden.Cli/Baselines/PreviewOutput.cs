using System.CommandLine;
using Patchwarden.Cli.Output;

namespace Patchwarden.Cli.Baselines;

/// <summary><c>--output table|json</c> for preview: a table of patch states, or the compliance record itself (CSV has no record shape).</summary>
internal static class PreviewOutput
{
    public static Option<OutputFormat> Create() => new("--output", "-o")
    {
        Description = "table (patch states and a summary) or json (the compliance record).",
        HelpName = "table|json",
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? "table" : result.Tokens[0].Value;
            switch (text.ToUpperInvariant())
            {
                case "TABLE":
                    return OutputFormat.Table;
                case "JSON":
                    return OutputFormat.Json;
                default:
                    result.AddError($"--output must be table or json, not '{text}'");
                    return OutputFormat.Table;
            }
        },
    };
}
