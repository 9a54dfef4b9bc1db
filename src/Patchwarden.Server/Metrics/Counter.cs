using System.Collections.Concurrent;
using System.Text;

namespace Patchwarden.Server.Metrics;

/// <summary>A monotonically increasing count per label set (Prometheus <c>counter</c>).</summary>
public sealed class Counter : Metric
{
    private readonly ConcurrentDictionary<MetricLabels, Cell> _series = new();

    internal Counter(string name, string help, string[] labelNames) : base(name, help, labelNames)
    {
    }

    public void Add(double amount, params string[] labelValues)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var cell = _series.GetOrAdd(Labels(labelValues), static _ => new Cell());
        lock (cell)
        {
            cell.Value += amount;
        }
    }

    public void Increment(params string[] labelValues) => Add(1, labelValues);

    /// <summary>The current value of one series (0 when never incremented); for tests and diagnostics.</summary>
    public double Value(params string[] labelValues) =>
        _series.TryGetValue(Labels(labelValues), out var cell) ? cell.Value : 0;

    internal override void WriteTo(StringBuilder output)
    {
        WriteHeader(output, "counter");
        foreach (var (labels, cell) in Sorted(_series))
        {
            lock (cell)
            {
                WriteSample(output, Name, labels, cell.Value);
            }
        }
    }

    private sealed class Cell
    {
        public double Value;
    }
}
