using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Patchwarden.Core.Baselines;
using Patchwarden.Store;
using Patchwarden.Store.Baselines;

namespace Patchwarden.Server.Baselines;

/// <summary>
/// At start-up, adds each built-in default baseline the store lacks and makes it its OS family's default when that
/// family has none. Baselines an admin edited or chose as default are left alone; safe when several nodes start at once.
/// </summary>
public sealed partial class DefaultBaselineSeeder(IPatchwardenStore store, TimeProvider time, ILogger<DefaultBaselineSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = (await store.Baselines.ListAsync(null, cancellationToken)).ToDictionary(b => b.Baseline.Id, StringComparer.Ordinal);
        foreach (var baseline in DefaultBaselines.All)
        {
            if (!stored.ContainsKey(baseline.Id) && await store.Baselines.CreateAsync(baseline, now, cancellationToken) == BaselineChangeStatus.Done)
            {
                LogSeeded(baseline.Id, baseline.Name);
            }

            var family = baseline.OperatingSystem;
            if (!stored.Values.Any(b => b.IsDefault && b.Baseline.OperatingSystem == family))
            {
                await store.Baselines.SetDefaultAsync(family, baseline.Id, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the default baseline {BaselineId} ({Name})")]
    private partial void LogSeeded(string baselineId, string name);
}
