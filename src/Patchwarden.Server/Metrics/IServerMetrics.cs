namespace Patchwarden.Server.Metrics;

/// <summary>The server's own measurements, exposed on <c>/metrics</c>. Features with their own metrics add them to <see cref="Registry"/>.</summary>
public interface IServerMetrics
{
    MetricsRegistry Registry { get; }

    /// <summary>One HTTP request; <paramref name="route"/> is the route template (<c>/api/v1/instances/{id}</c>), never the raw path.</summary>
    void RequestCompleted(string method, string route, int statusCode, TimeSpan duration);

    /// <summary>One agent report handled; <paramref name="outcome"/> e.g. <c>ingested</c>, <c>duplicate</c>, <c>rejected</c>.</summary>
    void ReportIngested(string outcome, TimeSpan duration);

    /// <summary>One store call, e.g. <c>Compliance.IngestReportAsync</c>; <paramref name="failed"/> when it threw.</summary>
    void StoreOperation(string operation, TimeSpan duration, bool failed);

    void HeartbeatReceived();

    /// <summary>One batch of coalesced last-seen updates written to the store.</summary>
    void HeartbeatsFlushed(int count, TimeSpan duration);
}
