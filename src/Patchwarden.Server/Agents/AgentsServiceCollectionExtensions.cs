using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Patchwarden.Server.Agents;

/// <summary>Registers agent registration, its rate limit, and heartbeat coalescing with its background flusher.</summary>
public static class AgentsServiceCollectionExtensions
{
    public const string RegistrationRateLimitPolicy = "agent-registration";

    public static IServiceCollection AddPatchwardenAgents(this IServiceCollection services)
    {
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AgentRegistrar>();
        services.AddSingleton<HeartbeatCoalescer>();
        services.AddSingleton<HeartbeatFlusher>();
        services.AddHostedService(provider => provider.GetRequiredService<HeartbeatFlusher>());
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(RegistrationRateLimitPolicy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<AgentOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RegistrationPermitLimit,
                    Window = TimeSpan.FromSeconds(options.RegistrationWindowSeconds),
                    QueueLimit = 0,
                });
        }));
        return services;
    }
}
