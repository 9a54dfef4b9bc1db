namespace Patchwarden.Server.Reports;

/// <summary>Limits of agent report ingestion (configuration section <c>Reports</c>).</summary>
public sealed record ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>Largest report body accepted, counted after gzip decompression; larger ones get 413. Default 32 MiB.</summary>
    public long MaxBodyBytes { get; init; } = 32L * 1024 * 1024;
}
