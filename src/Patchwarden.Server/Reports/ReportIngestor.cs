using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Patchwarden.Core.Patches;
using Patchwarden.Core.Serialization;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Compliance;
using Patchwarden.Server.Metrics;
using Patchwarden.Server.Problems;
using Patchwarden.Store;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Reports;

/// <summary>
/// Takes one agent report from body to commit: read (gzip, size limit), validate against the sending instance,
/// evaluate with its effective baseline and active exceptions, and write inventory, per-patch states, record and
/// history in one store transaction. Acknowledged means committed; a rejected report writes nothing.
/// </summary>
public sealed class ReportIngestor(
    IPatchwardenStore store,
    InstanceComplianceEvaluator evaluator,
    IServerMetrics metrics,
    IOptions<ReportsOptions> options,
    TimeProvider time)
{
    public async Task<IResult> IngestAsync(HttpRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = Outcomes.Failed;
        try
        {
            (outcome, var result) = await IngestCoreAsync(request, caller, cancellationToken);
            return result;
        }
        finally
        {
            metrics.ReportIngested(outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<(string Outcome, IResult Result)> IngestCoreAsync(HttpRequest request, Caller caller, CancellationToken cancellationToken)
    {
        // Instance identities only reach this endpoint, and their own id is the only instance they can report for.
        var instanceId = caller.InstanceId ?? throw new InvalidOperationException("Reports are posted by instance identities only.");
        using var body = await ReportBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body.Problem is { } bodyProblem)
        {
            return (Outcomes.Rejected, bodyProblem);
        }

        var read = AgentReportReader.Read(body.Span);
        if (!read.IsSuccess)
        {
            return (Outcomes.Rejected, ApiResults.Validation(read.Errors));
        }

        var report = read.Value;
        var instance = await store.Instances.GetAsync(caller.Scope, instanceId, cancellationToken);
        if (instance is null)
        {
            // Retired or deregistered between authentication and now.
            return (Outcomes.Rejected, ApiResults.NotFound($"Instance '{instanceId}' is not registered."));
        }

        var now = time.GetUtcNow();
        var validation = AgentReportValidator.Validate(report, instance, now);
        if (!validation.IsValid)
        {
            return (Outcomes.Rejected, ApiResults.Validation(validation.Errors));
        }

        var inventory = ReportedInventory.Of(report);
        var evaluation = await evaluator.EvaluateAsync(instance, inventory, report.ExecutionId, now, cancellationToken);
        var status = await store.Compliance.IngestReportAsync(new ReportIngestion
        {
            ExecutionId = report.ExecutionId,
            Operation = report.Operation,
            ReceivedAt = now,
            CapturedAt = inventory.CapturedAt,
            // As sent, unless an install report's results changed it.
            Inventory = ReferenceEquals(inventory, report.Inventory)
                ? InventoryDocument.FromUtf8Json(AgentReportReader.InventoryJson(body.Span))
                : Compress(inventory),
            Evaluation = evaluation,
        }, cancellationToken);

        switch (status)
        {
            case IngestionStatus.Ingested:
                return (Outcomes.Ingested, Accepted(report.ExecutionId, duplicate: false, evaluation.Status, evaluation.OverallSeverity));
            case IngestionStatus.AlreadyIngested:
                // Nothing changed; answer with the instance's compliance as it stands.
                var current = await store.Instances.GetAsync(caller.Scope, instanceId, cancellationToken);
                return (Outcomes.Duplicate, Accepted(
                    report.ExecutionId, duplicate: true, current?.ComplianceStatus ?? evaluation.Status, current?.OverallSeverity));
            default:
                return (Outcomes.Rejected, ApiResults.NotFound($"Instance '{instanceId}' is not registered."));
        }
    }

    private static InventoryDocument Compress(Inventory inventory) =>
        InventoryDocument.FromUtf8Json(JsonSerializer.SerializeToUtf8Bytes(inventory, CoreJson.Options));

    private static Ok<ReportResponse> Accepted(string executionId, bool duplicate, Store.Instances.InstanceComplianceStatus status, ComplianceSeverity? severity) =>
        TypedResults.Ok(new ReportResponse
        {
            ExecutionId = executionId,
            Duplicate = duplicate,
            Status = ComplianceNames.Of(status),
            OverallSeverity = severity,
        });

    /// <summary>The outcome label of the ingestion metrics.</summary>
    public static class Outcomes
    {
        public const string Ingested = "ingested";
        public const string Duplicate = "duplicate";
        public const string Rejected = "rejected";

        /// <summary>The server failed (the store, a bug); the agent retries.</summary>
        public const string Failed = "failed";
    }
}
