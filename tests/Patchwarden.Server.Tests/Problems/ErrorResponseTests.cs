using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Patchwarden.Server.Tests.Fixtures;
using Patchwarden.Store.Tests.Fixtures;

namespace Patchwarden.Server.Tests.Problems;

/// <summary>Every error is RFC 9457 problem details, and a server fault says nothing about its internals.</summary>
public sealed class ErrorResponseTests : IAsyncLifetime
{
    private const string Secret = "connection string Host=db;Password=hunter2";
    private readonly ServerTarget _target = new(new SqliteTarget());
    private PatchwardenFactory? _server;

    private PatchwardenFactory Server => _server ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public async ValueTask InitializeAsync()
    {
        await _target.InitializeAsync();
        _server = await _target.StartAsync(map: app =>
            app.MapGet("/test/throw", IResult () => throw new InvalidOperationException(Secret)).AllowAnonymous());
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/api/v1/accounts", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PATCH", "/api/v1/tokens", HttpStatusCode.MethodNotAllowed)]
    public async Task Unknown_routes_and_methods_are_problem_details(string method, string path, HttpStatusCode status)
    {
        using var admin = Server.CreateAdminClient();

        using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.True(Json.IsProblem(response));
        Assert.Equal((int)status, (await Json.ReadAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_internals()
    {
        using var client = Server.CreateClient(token: null);

        using var response = await client.GetAsync("/test/throw", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(Json.IsProblem(response));
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.NotNull((await Json.ReadAsync(response)).Text("traceId"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_and_its_bearer_scheme()
    {
        using var client = Server.CreateClient(token: null);

        var document = await client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/accounts", "/api/v1/tokens", "/api/v1/activations", "/api/v1/agent/register", "/api/v1/agent/heartbeat", "/api/v1/audit", "/metrics" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").Text("scheme"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _target.DisposeAsync();
    }
}
