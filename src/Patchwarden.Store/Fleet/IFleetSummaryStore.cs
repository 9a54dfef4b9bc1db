namespace Patchwarden.Store.Fleet;

/// <summary>The fleet summary, read from instance columns and a maintained missing-patch count table (never from per-patch rows).</summary>
public interface IFleetSummaryStore
{
    /// <param name="scope">The caller's accounts.</param>
    /// <param name="topMissing">How many top missing patches to return (0–1000).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<FleetSummary> GetSummaryAsync(AccountScope scope, int topMissing, CancellationToken cancellationToken);
}
