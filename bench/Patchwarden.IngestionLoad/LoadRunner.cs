using System.Diagnostics;
using System.Net.Http.Headers;

namespace Patchwarden.IngestionLoad;

/// <summary>The measured outcome of a run: how many reports, how long, each one's latency, and what failed.</summary>
public sealed record LoadResult(int Reports, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<string, int> Failures)
{
    public double ReportsPerSecond => Reports / Elapsed.TotalSeconds;

    /// <summary>The latency below which <paramref name="percentile"/> % of the reports finished (nearest rank).</summary>
    public double Percentile(double percentile)
    {
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>Posts reports from the simulated agents, a fixed number in flight, and times each from send to answer.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        HttpClient http, IReadOnlyList<SimulatedAgent> agents, ReportTemplates templates, bool gzip, int reports, int concurrency, CancellationToken cancellationToken)
    {
        var latencies = new double[reports];
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < reports)
            {
                // Consecutive reports come from different agents, as a fleet's do; each agent's reports are spread over the run.
                var agentIndex = index % agents.Count;
                var body = templates.Body(agentIndex, Guid.NewGuid().ToString());
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agent/reports") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                if (gzip)
                {
                    request.Content.Headers.ContentEncoding.Add("gzip");
                }

                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", agents[agentIndex].Token);
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request, cancellationToken);
                    await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        failures.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.AddOrUpdate(e.Message, 1, (_, n) => n + 1);
                }

                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        }).ToList();
        await Task.WhenAll(workers);
        return new LoadResult(reports, Stopwatch.GetElapsedTime(started), latencies, failures);
    }
}
