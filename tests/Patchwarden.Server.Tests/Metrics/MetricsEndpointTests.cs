using System.Net;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Metrics;

/// <summary><c>/metrics</c> counts requests by route template and status, and times store calls.</summary>
public abstract class MetricsEndpointTests(StoreTarget store) : ServerTestBase(store)
{
    [Fact]
    public async Task Requests_are_counted_by_route_template_and_status_and_store_calls_are_timed()
    {
        using var admin = Server.CreateAdminClient();
        (await admin.GetAsync("/api/v1/accounts", Ct)).Dispose();
        (await admin.GetAsync("/api/v1/accounts", Ct)).Dispose();
        (await admin.GetAsync("/api/v1/accounts/nobody-here", Ct)).Dispose();
        using var anonymous = Server.CreateClient(token: null);

        using var response = await anonymous.GetAsync("/metrics", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var lines = text.Split('\n');
        Assert.Contains("""patchwarden_http_requests_total{method="GET",route="/api/v1/accounts",status="200"} 2""", lines);
        Assert.Contains("""patchwarden_http_requests_total{method="GET",route="/api/v1/accounts/{name}",status="404"} 1""", lines);
        Assert.Contains(lines, line => line.StartsWith("""patchwarden_http_request_duration_seconds_count{method="GET",route="/api/v1/accounts"} """, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("""patchwarden_store_operation_duration_seconds_count{operation="AccountStore.ListAsync"} """, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("nobody-here", StringComparison.Ordinal)); // Templates, not paths.
    }
}

public sealed class SqliteMetricsEndpointTests() : MetricsEndpointTests(new SqliteTarget());

public sealed class PostgresMetricsEndpointTests(PostgresFixture postgres) : MetricsEndpointTests(new PostgresTarget(postgres));
