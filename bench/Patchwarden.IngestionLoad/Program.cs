using System.Globalization;
using System.Net;
using Patchwarden.IngestionLoad;

// A load generator in its own process: registers simulated agents through a real activation, then posts scan reports
// against a running `patchwarden serve` and prints throughput and latency percentiles. See docs/benchmarks.md.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    AutomaticDecompression = DecompressionMethods.None,
};
using var http = new HttpClient(handler) { BaseAddress = options.Server, Timeout = TimeSpan.FromMinutes(2) };
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var agents = await FleetSetup.RegisterAsync(http, options, cancel.Token);
var templates = ReportTemplates.Build(agents.Count, options.Installed, options.Updates, options.Gzip, DateTimeOffset.UtcNow);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{agents.Count} agents registered; each report: {options.Installed} installed, {options.Updates} updates, {templates.UncompressedBytes / 1024} KiB JSON, ~{templates.AverageSentBytes / 1024} KiB sent{(options.Gzip ? " (gzip)" : "")}"));

if (options.Warmup > 0)
{
    var warmup = await LoadRunner.RunAsync(http, agents, templates, options.Gzip, options.Warmup, options.Concurrency, cancel.Token);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {options.Warmup} reports, {warmup.ReportsPerSecond:F0}/s"));
}

var result = await LoadRunner.RunAsync(http, agents, templates, options.Gzip, options.Reports, options.Concurrency, cancel.Token);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{result.Reports} reports in {result.Elapsed.TotalSeconds:F1} s with {options.Concurrency} in flight: {result.ReportsPerSecond:F0} reports/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {result.Percentile(50):F1}  p95 {result.Percentile(95):F1}  p99 {result.Percentile(99):F1}  max {result.LatenciesMs.Max():F1}"));
foreach (var (failure, count) in result.Failures)
{
    Console.WriteLine($"failed: {count} x {failure}");
}

return result.Failures.Count == 0 ? 0 : 1;
