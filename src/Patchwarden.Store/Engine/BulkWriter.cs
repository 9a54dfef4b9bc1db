using Patchwarden.Store.Compliance;
using Patchwarden.Store.Instances;

namespace Patchwarden.Store.Engine;

/// <summary>The hot-path writes each engine does its own fastest way (SQLite: prepared multi-row statements; PostgreSQL: unnest arrays).</summary>
internal abstract class BulkWriter
{
    /// <summary>
    /// Writes an evaluation: the inventory (with a report), the per-patch rows replacing the old ones, the record,
    /// the instance's summary columns and the missing-patch counters — in the session's transaction.
    /// </summary>
    public abstract Task WriteEvaluationAsync(DbSession session, EvaluationWrite write);

    /// <summary>Adds each delta to the account's missing count of the patch, creating rows as needed.</summary>
    public abstract Task AdjustMissingCountsAsync(DbSession session, string account, IReadOnlyList<KeyValuePair<string, int>> deltasByPatchId);

    /// <summary>Moves last-seen forward for each instance (ids are distinct); returns rows changed.</summary>
    public abstract Task<int> RecordHeartbeatsAsync(DbSession session, IReadOnlyList<InstanceHeartbeat> heartbeats);
}
