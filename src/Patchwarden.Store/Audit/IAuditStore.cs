namespace Patchwarden.Store.Audit;

/// <summary>The append-only audit log.</summary>
public interface IAuditStore
{
    /// <summary>Appends the entry; returns its id.</summary>
    Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries newest first. A limited scope sees only entries of its accounts (admins and auditors pass All).</summary>
    Task<AuditPage> QueryAsync(AccountScope scope, AuditQuery query, CancellationToken cancellationToken);
}
