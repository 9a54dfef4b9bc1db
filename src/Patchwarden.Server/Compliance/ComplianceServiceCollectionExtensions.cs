using Microsoft.Extensions.DependencyInjection;

namespace Patchwarden.Server.Compliance;

/// <summary>Registers compliance evaluation, shared by report ingestion and re-evaluation.</summary>
public static class ComplianceServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenCompliance(this IServiceCollection services)
    {
        services.AddOptions<ComplianceOptions>().BindConfiguration(ComplianceOptions.SectionName);
        services.AddSingleton<InstanceComplianceEvaluator>();
        return services;
    }
}
