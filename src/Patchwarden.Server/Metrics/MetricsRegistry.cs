using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Patchwarden.Server.Metrics;

/// <summary>Every metric of the process, by name; renders them all in the Prometheus text format for <c>/metrics</c>.</summary>
/// <remarks>Asking twice for the same name returns the same metric, so features may look theirs up where they need it.</remarks>
public sealed partial class MetricsRegistry
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly ConcurrentDictionary<string, Metric> _metrics = new(StringComparer.Ordinal);

    public Counter Counter(string name, string help, params string[] labelNames) =>
        Get(name, () => new Counter(name, help, Checked(labelNames)));

    public Histogram Histogram(string name, string help, double[] buckets, params string[] labelNames) =>
        Get(name, () => new Histogram(name, help, buckets, Checked(labelNames)));

    /// <summary>All metrics in the Prometheus text exposition format, sorted by name.</summary>
    public string Render()
    {
        var output = new StringBuilder();
        foreach (var metric in _metrics.Values.OrderBy(metric => metric.Name, StringComparer.Ordinal))
        {
            metric.WriteTo(output);
        }

        return output.ToString();
    }

    private T Get<T>(string name, Func<T> create) where T : Metric
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a Prometheus metric name.", nameof(name));
        }

        var metric = _metrics.GetOrAdd(name, _ => create());
        return metric as T ?? throw new InvalidOperationException($"The metric {name} exists already as a {metric.GetType().Name}.");
    }

    private static string[] Checked(string[] labelNames) =>
        labelNames.All(label => NamePattern().IsMatch(label)) ? labelNames : throw new ArgumentException("Label names must be Prometheus names.", nameof(labelNames));

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex NamePattern();
}
