using System.Collections.Concurrent;

namespace Patchwarden.Server.Auth;

/// <summary>Callers recently authenticated, keyed by the hash of their token, each remembered until a deadline.</summary>
/// <remarks>Keys are hashes, never tokens, so a heap dump holds no usable secret.</remarks>
public sealed class CallerCache
{
    /// <summary>Past this many entries, expired ones are dropped (and all of them if that is not enough).</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Caller? Find(string tokenHash, DateTimeOffset now) =>
        _entries.TryGetValue(tokenHash, out var entry) && now < entry.Until ? entry.Caller : null;

    public void Remember(string tokenHash, Caller caller, DateTimeOffset until, DateTimeOffset now)
    {
        if (_entries.Count >= MaxEntries)
        {
            Prune(now);
        }

        _entries[tokenHash] = new Entry(caller, until);
    }

    /// <summary>Forgets every cached token of the principal (or instance), so a revocation takes effect on this node at once.</summary>
    public void Forget(string principalId)
    {
        foreach (var (hash, entry) in _entries)
        {
            if (entry.Caller.PrincipalId == principalId)
            {
                _entries.TryRemove(hash, out _);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (hash, entry) in _entries)
        {
            if (now >= entry.Until)
            {
                _entries.TryRemove(hash, out _);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(Caller Caller, DateTimeOffset Until);
}
