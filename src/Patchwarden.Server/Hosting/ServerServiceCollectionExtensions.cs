using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Agents;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Baselines;
using Patchwarden.Server.Compliance;
using Patchwarden.Server.Instances;
using Patchwarden.Server.Metrics;
using Patchwarden.Server.Problems;
using Patchwarden.Server.Reevaluation;
using Patchwarden.Server.Reports;

namespace Patchwarden.Server.Hosting;

/// <summary>Registers every service of the server: options, store, errors, metrics, auth, and each feature's <c>AddXxx()</c>.</summary>
public static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenServer(this IServiceCollection services)
    {
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(options => ApiJson.Apply(options.SerializerOptions));
        services.AddPatchwardenProblems();
        services.AddPatchwardenMetrics();
        services.AddPatchwardenStore();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddPatchwardenOpenApi();
        services.AddPatchwardenRateLimiting();
        services.AddSingleton<FirstAdminBootstrapper>();

        // Features.
        services.AddPatchwardenAuth();
        services.AddPatchwardenAudit();
        services.AddPatchwardenAgents();
        services.AddPatchwardenBaselines();
        services.AddPatchwardenCompliance();
        services.AddPatchwardenInstances();
        services.AddPatchwardenReevaluation();
        services.AddPatchwardenReports();
        return services;
    }
}
