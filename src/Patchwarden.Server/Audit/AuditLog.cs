using System.Text.Json;
using Patchwarden.Server.Auth;
using Patchwarden.Server.Hosting;
using Patchwarden.Store;
using Patchwarden.Store.Audit;

namespace Patchwarden.Server.Audit;

/// <summary>Appends audit entries to the store's audit log.</summary>
public sealed class AuditLog(IPatchwardenStore store, TimeProvider time) : IAuditLog
{
    public Task RecordAsync(Caller caller, string action, string target, object? details, string outcome, CancellationToken cancellationToken) =>
        RecordAsync(caller, action, target, caller.Role == CallerRole.Instance && caller.Accounts.Count > 0 ? caller.Accounts[0] : null, details, outcome, cancellationToken);

    public Task RecordAsync(Caller caller, string action, string target, string? account, object? details, string outcome, CancellationToken cancellationToken) =>
        AppendAsync(caller.Name, caller.PrincipalId, action, target, account, details, outcome, cancellationToken);

    public Task RecordAnonymousAsync(string actor, string action, string target, string? account, object? details, string outcome, CancellationToken cancellationToken) =>
        AppendAsync(actor, null, action, target, account, details, outcome, cancellationToken);

    private async Task AppendAsync(
        string actor, string? principalId, string action, string target, string? account, object? details, string outcome, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = actor,
            PrincipalId = principalId,
            Action = action,
            Target = target,
            Account = account,
            Outcome = AuditResults.ToOutcome(outcome),
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details, details.GetType(), ApiJson.Options),
        };
        // The change it records has happened: the entry must be written even if the client went away meanwhile.
        _ = cancellationToken;
        await store.Audit.AppendAsync(entry, CancellationToken.None);
    }
}
