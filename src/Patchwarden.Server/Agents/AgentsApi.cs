using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Metrics;
using Patchwarden.Server.Problems;

namespace Patchwarden.Server.Agents;

/// <summary><c>/api/v1/agent</c>: registration with an activation (no token; rate-limited per client address) and heartbeats (instance token).</summary>
public static class AgentsApi
{
    public static RouteGroupBuilder MapAgentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/agent").WithTags("Agents");
        group.MapPost("/register", RegisterAsync)
            .AllowAnonymous()
            .RequireRateLimiting(AgentsServiceCollectionExtensions.RegistrationRateLimitPolicy)
            .WithName("RegisterAgent")
            .WithSummary("Registers an agent with an activation id and code; answers the instance id and the instance token (once).")
            .Accepts<RegisterRequest>("application/json")
            .Produces<RegisterResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/heartbeat", HeartbeatAsync)
            .RequireAuthorization(Policies.Instance)
            .WithName("AgentHeartbeat")
            .WithSummary("Tells the server the agent is alive; answers the server time and the heartbeat interval.")
            .Accepts<HeartbeatRequest>("application/json")
            .Produces<HeartbeatResponse>()
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, AgentRegistrar registrar, CancellationToken cancellationToken)
    {
        var read = await JsonBody.ReadAsync<RegisterRequest>(context.Request, cancellationToken);
        if (read.Failed)
        {
            return read.Problem;
        }

        var errors = RegisterRequestValidator.Validate(read.Value);
        if (errors.Count > 0)
        {
            return ApiResults.Validation(errors);
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return await registrar.RegisterAsync(read.Value, client, cancellationToken);
    }

    private static async Task<IResult> HeartbeatAsync(
        HttpContext context, HeartbeatCoalescer coalescer, IServerMetrics metrics, TimeProvider time, IOptions<AgentOptions> options, CancellationToken cancellationToken)
    {
        // An empty body is a valid heartbeat: the token says who is alive.
        var hasBody = context.Request.ContentLength > 0 || (context.Request.ContentLength is null && context.Request.Headers.TransferEncoding.Count > 0);
        if (hasBody)
        {
            var read = await JsonBody.ReadAsync<HeartbeatRequest>(context.Request, cancellationToken);
            if (read.Failed)
            {
                return read.Problem;
            }
        }

        var now = time.GetUtcNow();
        coalescer.Record(context.GetCaller().InstanceId!, now); // The Instance policy admits instance identities only, which have an id.
        metrics.HeartbeatReceived();
        return TypedResults.Ok(new HeartbeatResponse(now, options.Value.HeartbeatIntervalSeconds));
    }
}
