namespace Patchwarden.Server.Metrics;

/// <summary>Label values of one series, compared by value so they can key a dictionary.</summary>
internal sealed record MetricLabels(string[] Values)
{
    public bool Equals(MetricLabels? other) => other is not null && Values.AsSpan().SequenceEqual(other.Values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
