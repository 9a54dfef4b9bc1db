using Microsoft.Extensions.Diagnostics.HealthChecks;
using Patchwarden.Store;

namespace Patchwarden.Server.Hosting;

/// <summary>Healthy when the store answers a query (so <c>/healthz</c> says 503 when the database is unreachable).</summary>
public sealed class StoreHealthCheck(IPatchwardenStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A primary-key look-up of a name that cannot exist: one cheap round trip through a real table.
            _ = await store.Accounts.GetAsync(AccountScope.All, "-healthz-", cancellationToken);
            return HealthCheckResult.Healthy($"{store.Engine} store reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's message may name hosts or files: it goes to the log, not to the anonymous caller.
            return HealthCheckResult.Unhealthy($"{store.Engine} store unreachable", e);
        }
    }
}
