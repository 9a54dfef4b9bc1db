using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Compliance;
using Patchwarden.Store;
using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Reevaluation;

/// <summary>
/// Works off the re-evaluation queue: finds the instances a change affects, evaluates each one's last inventory with
/// its current effective baseline and active exceptions, and writes the result without a rescan. A report that
/// arrives meanwhile wins (the store skips a superseded re-evaluation).
/// </summary>
public sealed partial class ReevaluationWorker(
    ReevaluationQueue queue,
    IPatchwardenStore store,
    InstanceComplianceEvaluator evaluator,
    TimeProvider time,
    ILogger<ReevaluationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            // Take everything queued so far: a burst of changes (a patch group with five OS families) re-evaluates each instance once.
            var batch = new List<ReevaluationRequest>();
            while (reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            try
            {
                await ProcessAsync(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(e, batch.Count);
            }
            finally
            {
                queue.Completed(batch.Count);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task ProcessAsync(IReadOnlyList<ReevaluationRequest> batch, CancellationToken cancellationToken)
    {
        var instanceIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var request in batch)
        {
            instanceIds.UnionWith(await AffectedAsync(request, cancellationToken));
        }

        var applied = 0;
        foreach (var instanceId in instanceIds)
        {
            try
            {
                if (await ReevaluateAsync(instanceId, cancellationToken) == ReevaluationStatus.Applied)
                {
                    applied++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad inventory must not stop the others.
                LogInstanceFailed(e, instanceId);
            }
        }

        LogDone(instanceIds.Count, applied);
    }

    private Task<IReadOnlyList<string>> AffectedAsync(ReevaluationRequest request, CancellationToken cancellationToken) => request switch
    {
        ReevaluationRequest.BaselineEdited edited => store.Compliance.ListInstancesEvaluatedWithAsync(edited.BaselineId, cancellationToken),
        ReevaluationRequest.PatchGroupChanged group => store.Compliance.ListInstancesInPatchGroupAsync(group.PatchGroup, group.OperatingSystem, cancellationToken),
        ReevaluationRequest.DefaultBaselineChanged changed => store.Compliance.ListInstancesOnDefaultBaselineAsync(changed.OperatingSystem, cancellationToken),
        ReevaluationRequest.ExceptionChanged exception => store.Compliance.ListInstancesCoveredByAsync(exception.Exception, cancellationToken),
        ReevaluationRequest.Instances instances => Task.FromResult(instances.InstanceIds),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown re-evaluation request."),
    };

    /// <summary>Re-evaluates one instance from its stored inventory; null when it has none or is not active.</summary>
    private async Task<ReevaluationStatus?> ReevaluateAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await store.Instances.GetAsync(AccountScope.All, instanceId, cancellationToken);
        if (instance is not { Status: InstanceStatus.Active })
        {
            return null;
        }

        var stored = await store.Compliance.GetLatestInventoryAsync(AccountScope.All, instanceId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var inventory = JsonSerializer.Deserialize<Inventory>(stored.Document.ToUtf8Json(), CoreJson.Options)
            ?? throw new InvalidDataException($"The stored inventory of {instanceId} is null.");
        var evaluation = await evaluator.EvaluateAsync(instance, inventory, stored.ExecutionId, time.GetUtcNow(), cancellationToken);
        return await store.Compliance.ReevaluateAsync(
            new ComplianceReevaluation { BasedOnExecutionId = stored.ExecutionId, Evaluation = evaluation }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-evaluation of {Requests} change(s) failed")]
    private partial void LogBatchFailed(Exception exception, int requests);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-evaluation of {InstanceId} failed")]
    private partial void LogInstanceFailed(Exception exception, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-evaluated {Applied} of {Affected} affected instance(s)")]
    private partial void LogDone(int affected, int applied);
}
