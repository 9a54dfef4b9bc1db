using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Patchwarden.Server.Metrics;

/// <summary>Observations counted into cumulative buckets per label set (Prometheus <c>histogram</c>), e.g. latencies in seconds.</summary>
public sealed class Histogram : Metric
{
    /// <summary>From 5 ms to 10 s: request and store latencies.</summary>
    public static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly double[] _bounds;
    private readonly ConcurrentDictionary<MetricLabels, Cell> _series = new();

    internal Histogram(string name, string help, double[] bounds, string[] labelNames) : base(name, help, labelNames)
    {
        _bounds = [.. bounds.Order()];
    }

    public void Observe(double value, params string[] labelValues)
    {
        var cell = _series.GetOrAdd(Labels(labelValues), _ => new Cell(_bounds.Length));
        var bucket = Array.FindIndex(_bounds, bound => value <= bound);
        lock (cell)
        {
            cell.Counts[bucket < 0 ? _bounds.Length : bucket]++;
            cell.Count++;
            cell.Sum += value;
        }
    }

    public void Observe(TimeSpan duration, params string[] labelValues) => Observe(duration.TotalSeconds, labelValues);

    /// <summary>How many observations one series has (0 when none); for tests and diagnostics.</summary>
    public long Count(params string[] labelValues) =>
        _series.TryGetValue(Labels(labelValues), out var cell) ? cell.Count : 0;

    internal override void WriteTo(StringBuilder output)
    {
        WriteHeader(output, "histogram");
        foreach (var (labels, cell) in Sorted(_series))
        {
            lock (cell)
            {
                long cumulative = 0;
                for (var i = 0; i <= _bounds.Length; i++)
                {
                    cumulative += cell.Counts[i];
                    var le = i < _bounds.Length ? _bounds[i].ToString("R", CultureInfo.InvariantCulture) : "+Inf";
                    WriteSample(output, Name + "_bucket", labels, cumulative, ("le", le));
                }

                WriteSample(output, Name + "_sum", labels, cell.Sum);
                WriteSample(output, Name + "_count", labels, cell.Count);
            }
        }
    }

    private sealed class Cell(int bounds)
    {
        public readonly long[] Counts = new long[bounds + 1];
        public long Count;
        public double Sum;
    }
}
