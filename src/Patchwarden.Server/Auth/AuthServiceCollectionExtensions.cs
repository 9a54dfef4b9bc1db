using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Patchwarden.Server.Auth;

/// <summary>Registers bearer authentication, the caller cache and the authorization policies.</summary>
public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddPatchwardenAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CallerCache>();
        services.AddSingleton<CallerAuthenticator>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            // Every endpoint needs a caller unless it says AllowAnonymous: forgetting a policy cannot open an endpoint.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(nameof(CallerRole.Admin)))
            .AddPolicy(Policies.Reader, policy => policy.RequireRole(nameof(CallerRole.Admin), nameof(CallerRole.Auditor), nameof(CallerRole.Operator)))
            .AddPolicy(Policies.Operator, policy => policy.RequireRole(nameof(CallerRole.Admin), nameof(CallerRole.Operator)))
            .AddPolicy(Policies.Oversight, policy => policy.RequireRole(nameof(CallerRole.Admin), nameof(CallerRole.Auditor)))
            .AddPolicy(Policies.Instance, policy => policy.RequireRole(nameof(CallerRole.Instance)));
        return services;
    }
}
