namespace Patchwarden.Cli.Output;

/// <summary>How a listing is printed: <c>--output table|json|csv</c>.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
