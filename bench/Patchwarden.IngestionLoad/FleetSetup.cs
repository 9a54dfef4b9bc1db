using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Patchwarden.IngestionLoad;

/// <summary>A simulated agent: the instance id and token a real registration returned.</summary>
public sealed record SimulatedAgent(string InstanceId, string Token);

/// <summary>Sets up the fleet the way an operator and agents do: an account, an activation, and one real registration per agent.</summary>
public static class FleetSetup
{
    public static async Task<IReadOnlyList<SimulatedAgent>> RegisterAsync(HttpClient http, LoadOptions options, CancellationToken cancellationToken)
    {
        var account = "bench-" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        await SendAsync(http, HttpMethod.Post, "/api/v1/accounts", options.AdminToken, new { name = account }, cancellationToken);
        var activation = await SendAsync(http, HttpMethod.Post, "/api/v1/activations", options.AdminToken, new
        {
            account,
            description = "ingestion benchmark",
            tags = new Dictionary<string, string> { ["Patch Group"] = "bench" },
            registrationLimit = options.Instances,
            expiresIn = "24h",
        }, cancellationToken);
        var activationId = activation.GetProperty("id").GetString()!;
        var code = activation.GetProperty("code").GetString()!;

        var agents = new SimulatedAgent[options.Instances];
        await Parallel.ForAsync(0, options.Instances, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var registered = await SendAsync(http, HttpMethod.Post, "/api/v1/agent/register", token: null, new
            {
                activationId,
                activationCode = code,
                hostName = $"bench-{i:00000}.example.internal",
                os = new { family = "DEBIAN", name = "Debian GNU/Linux", version = "12", arch = "x86_64" },
                agentVersion = "bench",
            }, ct);
            agents[i] = new SimulatedAgent(registered.GetProperty("instanceId").GetString()!, registered.GetProperty("instanceToken").GetString()!);
        });
        return agents;
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string? token, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
