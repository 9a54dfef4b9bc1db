using System.Net;
using System.Text.Json;

namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>An agent registered in a test: its id and the token it authenticates with.</summary>
public sealed record RegisteredInstance(string InstanceId, string Token, string Account);

/// <summary>What tests set up through the API as an admin would: accounts, tokens, activations, registered agents.</summary>
public static class TestApi
{
    public static async Task CreateAccountAsync(this PatchwardenFactory server, string name)
    {
        using var admin = server.CreateAdminClient();
        using var response = await admin.PostAsync("/api/v1/accounts", Json.Body(new { name }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Creates an API token; returns its id and the token.</summary>
    public static async Task<(string Id, string Token)> CreateTokenAsync(this PatchwardenFactory server, string role, params string[] accounts)
    {
        using var admin = server.CreateAdminClient();
        object body = accounts.Length == 0 ? new { name = $"test-{role}", role } : new { name = $"test-{role}", role, accounts };
        using var response = await admin.PostAsync("/api/v1/tokens", Json.Body(body), TestContext.Current.CancellationToken);
        var json = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return (json.Text("id")!, json.Text("token")!);
    }

    /// <summary>Creates an activation; returns its id and code.</summary>
    public static async Task<(string Id, string Code)> CreateActivationAsync(
        this PatchwardenFactory server, string account, string patchGroup = "web", int limit = 1, string expiresIn = "24h")
    {
        using var admin = server.CreateAdminClient();
        var body = new { account, tags = new Dictionary<string, string> { ["Patch Group"] = patchGroup }, registrationLimit = limit, expiresIn };
        using var response = await admin.PostAsync("/api/v1/activations", Json.Body(body), TestContext.Current.CancellationToken);
        var json = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return (json.Text("id")!, json.Text("code")!);
    }

    public static object RegistrationBody(string activationId, string activationCode, string hostName = "web-1") => new
    {
        activationId,
        activationCode,
        hostName,
        os = new { family = "DEBIAN", name = "Debian GNU/Linux", version = "12", arch = "x86_64" },
        agentVersion = "0.1.0",
    };

    public static async Task<HttpResponseMessage> PostRegistrationAsync(this PatchwardenFactory server, object body)
    {
        using var anonymous = server.CreateClient(token: null);
        return await anonymous.PostAsync("/api/v1/agent/register", Json.Body(body), TestContext.Current.CancellationToken);
    }

    /// <summary>Registers an agent through a new activation of <paramref name="account"/>.</summary>
    public static async Task<RegisteredInstance> RegisterInstanceAsync(this PatchwardenFactory server, string account, string patchGroup = "web")
    {
        var (id, code) = await server.CreateActivationAsync(account, patchGroup);
        using var response = await server.PostRegistrationAsync(RegistrationBody(id, code));
        var json = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return new RegisteredInstance(json.Text("instanceId")!, json.Text("instanceToken")!, account);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await Json.ReadAsync(response);
    }
}
