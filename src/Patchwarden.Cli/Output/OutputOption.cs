using System.CommandLine;

namespace Patchwarden.Cli.Output;

/// <summary>The shared <c>--output</c> option every listing takes.</summary>
public static class OutputOption
{
    public static Option<OutputFormat> Create() => new("--output", "-o")
    {
        Description = "How to print the result: table, json or csv.",
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? "table" : result.Tokens[0].Value;
            if (Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var format) && !int.TryParse(text, out _))
            {
                return format;
            }

            result.AddError($"--output must be table, json or csv, not '{text}'");
            return OutputFormat.Table;
        },
    };
}
