using Patchwarden.Server.Metrics;

namespace Patchwarden.Server.Tests.Metrics;

public sealed class MetricsRegistryTests
{
    [Fact]
    public void Counters_render_in_the_Prometheus_text_format_with_escaped_labels()
    {
        var registry = new MetricsRegistry();
        var counter = registry.Counter("demo_total", "A demo counter.", "route", "status");

        counter.Increment("/api/v1/instances/{id}", "200");
        counter.Add(2, "/api/v1/instances/{id}", "200");
        counter.Increment("say \"hi\"", "404");

        Assert.Equal(3, counter.Value("/api/v1/instances/{id}", "200"));
        Assert.Equal(
            """
            # HELP demo_total A demo counter.
            # TYPE demo_total counter
            demo_total{route="/api/v1/instances/{id}",status="200"} 3
            demo_total{route="say \"hi\"",status="404"} 1

            """.ReplaceLineEndings("\n"),
            registry.Render());
    }

    [Fact]
    public void Histograms_render_cumulative_buckets_sum_and_count()
    {
        var registry = new MetricsRegistry();
        var histogram = registry.Histogram("demo_seconds", "A demo histogram.", [0.1, 1], "op");

        histogram.Observe(0.05, "read");
        histogram.Observe(0.5, "read");
        histogram.Observe(5, "read");

        Assert.Equal(
            """
            # HELP demo_seconds A demo histogram.
            # TYPE demo_seconds histogram
            demo_seconds_bucket{op="read",le="0.1"} 1
            demo_seconds_bucket{op="read",le="1"} 2
            demo_seconds_bucket{op="read",le="+Inf"} 3
            demo_seconds_sum{op="read"} 5.55
            demo_seconds_count{op="read"} 3

            """.ReplaceLineEndings("\n"),
            registry.Render());
    }

    [Fact]
    public void Asking_twice_for_a_metric_returns_the_same_one_and_a_clash_of_kinds_is_refused()
    {
        var registry = new MetricsRegistry();

        var first = registry.Counter("demo_total", "help");

        Assert.Same(first, registry.Counter("demo_total", "help"));
        Assert.Throws<InvalidOperationException>(() => registry.Histogram("demo_total", "help", [1]));
        Assert.Throws<ArgumentException>(() => registry.Counter("not a name", "help"));
        Assert.Throws<ArgumentException>(() => first.Increment("unexpected-label"));
    }
}
