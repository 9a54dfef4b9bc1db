using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Patchwarden.Server.Metrics;

/// <summary>A named metric family with fixed label names; each distinct set of label values is one series.</summary>
public abstract class Metric
{
    private protected Metric(string name, string help, string[] labelNames)
    {
        Name = name;
        Help = help;
        LabelNames = labelNames;
    }

    public string Name { get; }

    public string Help { get; }

    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>Appends the family in the Prometheus text exposition format (version 0.0.4).</summary>
    internal abstract void WriteTo(StringBuilder output);

    private protected MetricLabels Labels(string[] values) =>
        values.Length == LabelNames.Count
            ? new MetricLabels(values)
            : throw new ArgumentException($"{Name} takes {LabelNames.Count} label values ({string.Join(", ", LabelNames)}), not {values.Length}.", nameof(values));

    private protected void WriteHeader(StringBuilder output, string type) =>
        output.Append("# HELP ").Append(Name).Append(' ').Append(Help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n')
            .Append("# TYPE ").Append(Name).Append(' ').Append(type).Append('\n');

    /// <summary>Writes <c>name{a="x",b="y"} value</c>; <paramref name="extra"/> adds one more label (a histogram's <c>le</c>).</summary>
    private protected void WriteSample(StringBuilder output, string name, MetricLabels labels, double value, (string Name, string Value)? extra = null)
    {
        output.Append(name);
        if (labels.Values.Length > 0 || extra is not null)
        {
            output.Append('{');
            for (var i = 0; i < labels.Values.Length; i++)
            {
                AppendLabel(output, LabelNames[i], labels.Values[i], i > 0);
            }

            if (extra is { } label)
            {
                AppendLabel(output, label.Name, label.Value, labels.Values.Length > 0);
            }

            output.Append('}');
        }

        output.Append(' ').Append(Format(value)).Append('\n');
    }

    internal static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private protected static IEnumerable<KeyValuePair<MetricLabels, T>> Sorted<T>(ConcurrentDictionary<MetricLabels, T> series) =>
        series.OrderBy(pair => string.Join('\u0001', pair.Key.Values), StringComparer.Ordinal);

    private static void AppendLabel(StringBuilder output, string name, string value, bool comma)
    {
        if (comma)
        {
            output.Append(',');
        }

        output.Append(name).Append("=\"")
            .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal))
            .Append('"');
    }
}
