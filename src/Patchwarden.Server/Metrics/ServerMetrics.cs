using Microsoft.AspNetCore.Http;

namespace Patchwarden.Server.Metrics;

/// <summary>The standard metrics of a Patchwarden server node.</summary>
public sealed class ServerMetrics : IServerMetrics
{
    private readonly Counter _requests;
    private readonly Histogram _requestDuration;
    private readonly Counter _reports;
    private readonly Histogram _reportDuration;
    private readonly Histogram _storeDuration;
    private readonly Counter _storeErrors;
    private readonly Counter _heartbeatsReceived;
    private readonly Counter _heartbeatsFlushed;
    private readonly Histogram _heartbeatFlushDuration;

    public ServerMetrics(MetricsRegistry registry)
    {
        Registry = registry;
        _requests = registry.Counter("patchwarden_http_requests_total", "HTTP requests by method, route template and status code.", "method", "route", "status");
        _requestDuration = registry.Histogram(
            "patchwarden_http_request_duration_seconds", "HTTP request duration by method and route template.", Histogram.LatencyBuckets, "method", "route");
        _reports = registry.Counter("patchwarden_reports_total", "Agent reports handled, by outcome.", "outcome");
        _reportDuration = registry.Histogram(
            "patchwarden_report_ingestion_duration_seconds", "Time to handle one agent report, by outcome.", Histogram.LatencyBuckets, "outcome");
        _storeDuration = registry.Histogram(
            "patchwarden_store_operation_duration_seconds", "Store call duration by operation.", Histogram.LatencyBuckets, "operation");
        _storeErrors = registry.Counter("patchwarden_store_operation_errors_total", "Store calls that threw, by operation.", "operation");
        _heartbeatsReceived = registry.Counter("patchwarden_heartbeats_received_total", "Agent heartbeats received.");
        _heartbeatsFlushed = registry.Counter("patchwarden_heartbeats_flushed_total", "Coalesced last-seen updates written to the store.");
        _heartbeatFlushDuration = registry.Histogram(
            "patchwarden_heartbeat_flush_duration_seconds", "Time to write one batch of last-seen updates.", Histogram.LatencyBuckets);
    }

    public MetricsRegistry Registry { get; }

    public void RequestCompleted(string method, string route, int statusCode, TimeSpan duration)
    {
        // Arbitrary methods would let any client create series without bound.
        var knownMethod = IsStandard(method) ? method.ToUpperInvariant() : "OTHER";
        _requests.Increment(knownMethod, route, statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _requestDuration.Observe(duration, knownMethod, route);
    }

    public void ReportIngested(string outcome, TimeSpan duration)
    {
        _reports.Increment(outcome);
        _reportDuration.Observe(duration, outcome);
    }

    public void StoreOperation(string operation, TimeSpan duration, bool failed)
    {
        _storeDuration.Observe(duration, operation);
        if (failed)
        {
            _storeErrors.Increment(operation);
        }
    }

    public void HeartbeatReceived() => _heartbeatsReceived.Increment();

    public void HeartbeatsFlushed(int count, TimeSpan duration)
    {
        _heartbeatsFlushed.Add(count);
        _heartbeatFlushDuration.Observe(duration);
    }

    private static bool IsStandard(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method)
        || HttpMethods.IsPatch(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
