using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Patchwarden.Server.Reports;

/// <summary>Registers report ingestion: its limits (validated at start-up), gzip request decompression, and the ingestor.</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.SectionName)
            .Validate(options => options.MaxBodyBytes is >= 1024 and <= int.MaxValue - 1, $"{ReportsOptions.SectionName}:MaxBodyBytes must be 1024 to {int.MaxValue - 1} bytes")
            .ValidateOnStart();
        services.AddRequestDecompression();
        services.AddSingleton<ReportIngestor>();
        return services;
    }
}
