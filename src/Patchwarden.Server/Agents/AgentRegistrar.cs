using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Patchwarden.Server.Activations;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Problems;
using Patchwarden.Store;
using Patchwarden.Store.Activations;
using Patchwarden.Store.Instances;

namespace Patchwarden.Server.Agents;

/// <summary>Registers an agent with an activation: checks the code in constant time, consumes one registration atomically, and hands out the instance token.</summary>
public sealed class AgentRegistrar(IPatchwardenStore store, IAuditLog audit, TimeProvider time, IOptions<AgentOptions> options)
{
    private const int IdAttempts = 3;

    public async Task<IResult> RegisterAsync(RegisterRequest request, string client, CancellationToken cancellationToken)
    {
        var activation = ActivationCodes.IsId(request.ActivationId)
            ? await store.Activations.GetAsync(AccountScope.All, request.ActivationId, cancellationToken)
            : null;
        if (activation is null)
        {
            return NotValid(); // Unknown ids are not audited: anyone can send them, and the rate limit bounds them.
        }

        if (!SecretHasher.Matches(request.ActivationCode, activation.CodeHash))
        {
            await AuditFailureAsync(activation, client, "wrong code", cancellationToken);
            return NotValid(); // The same answer as an unknown id: a caller must not learn which of the two was wrong.
        }

        for (var attempt = 0; attempt < IdAttempts; attempt++)
        {
            var secret = SecretHasher.NewSecret();
            var registration = new InstanceRegistration
            {
                ActivationId = activation.Id,
                InstanceId = InstanceIds.New(),
                HostName = request.HostName,
                OperatingSystem = request.Os.Family,
                OsName = request.Os.Name,
                OsVersion = request.Os.Version,
                Arch = request.Os.Arch,
                AgentVersion = request.AgentVersion,
                SecretHash = SecretHasher.Hash(secret),
                RegisteredAt = time.GetUtcNow(),
            };
            var outcome = await store.Activations.RegisterInstanceAsync(registration, cancellationToken);
            switch (outcome.Status)
            {
                case RegistrationStatus.Registered when outcome.Instance is { } instance:
                    await AuditRegisteredAsync(instance, request, client, cancellationToken);
                    return TypedResults.Created(
                        $"/api/v1/instances/{instance.Id}",
                        new RegisterResponse(instance.Id, BearerTokens.InstanceToken(instance.Id, secret), instance.Account, instance.Tags, options.Value.HeartbeatIntervalSeconds));
                case RegistrationStatus.InstanceIdTaken:
                    continue;
                case RegistrationStatus.ActivationExpired:
                    await AuditFailureAsync(activation, client, "expired", cancellationToken);
                    return Refused("Activation has expired", "This activation has expired; ask the platform team for a new one.");
                case RegistrationStatus.ActivationRevoked:
                    await AuditFailureAsync(activation, client, "revoked", cancellationToken);
                    return Refused("Activation was revoked", "This activation was revoked; ask the platform team for a new one.");
                case RegistrationStatus.LimitReached:
                    await AuditFailureAsync(activation, client, "limit reached", cancellationToken);
                    return Refused("Activation registration limit reached", $"All {activation.RegistrationLimit} registrations of this activation are used.");
                default:
                    return NotValid();
            }
        }

        throw new InvalidOperationException($"No free instance id after {IdAttempts} random attempts.");
    }

    private static ProblemHttpResult NotValid() => Refused("Activation id or code is not valid", "The activation id or code is not valid.");

    private static ProblemHttpResult Refused(string title, string detail) => ApiResults.Unauthorized(title, detail);

    private Task AuditRegisteredAsync(Instance instance, RegisterRequest request, string client, CancellationToken cancellationToken) =>
        audit.RecordAnonymousAsync(
            "instance:" + instance.Id,
            "instance.register",
            instance.Id,
            instance.Account,
            new { activationId = request.ActivationId, request.HostName, os = request.Os.Family, client },
            AuditResults.Succeeded,
            cancellationToken);

    private Task AuditFailureAsync(Activation activation, string client, string reason, CancellationToken cancellationToken) =>
        audit.RecordAnonymousAsync(
            "agent@" + client, "instance.register", activation.Id, activation.Account, new { reason, client }, AuditResults.Failed, cancellationToken);
}
