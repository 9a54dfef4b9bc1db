using Microsoft.Extensions.DependencyInjection;

namespace Patchwarden.Server.Audit;

/// <summary>Registers the audit log.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenAudit(this IServiceCollection services) =>
        services.AddSingleton<IAuditLog, AuditLog>();
}
