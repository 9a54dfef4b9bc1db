using System.Text.Json;
using Patchwarden.Store.Audit;

namespace Patchwarden.Server.Audit;

/// <summary>One audit entry as the API shows it.</summary>
public sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    string Actor,
    string? PrincipalId,
    string Action,
    string? Target,
    string? Account,
    string Outcome,
    JsonElement? Details)
{
    public static AuditEntryResponse From(AuditEntry entry) => new(
        entry.Id,
        entry.At,
        entry.Actor,
        entry.PrincipalId,
        entry.Action,
        entry.Target,
        entry.Account,
        AuditResults.Of(entry.Outcome),
        entry.DetailsJson is null ? null : JsonDocument.Parse(entry.DetailsJson).RootElement.Clone());
}

/// <summary>A page of the audit log, newest first; pass <see cref="NextBefore"/> as <c>before</c> for the next page (null on the last).</summary>
public sealed record AuditPageResponse(IReadOnlyList<AuditEntryResponse> Items, long? NextBefore);
