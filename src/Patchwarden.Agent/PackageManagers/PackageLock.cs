using Patchwarden.Core.Validation;

namespace Patchwarden.Agent.PackageManagers;

/// <summary>Waits, with a bound, until no other process holds a package manager's lock files (dpkg's, apt's, rpm's).</summary>
/// <remarks>
/// dpkg, apt and rpm lock with <c>fcntl</c> record locks; tools such as <c>flock(1)</c> use <c>flock(2)</c>. The two kinds
/// do not see each other on Linux, so a file counts as held when either kind is held by someone else. We never create a
/// lock file (the package manager owns them) and never keep one: the probe lasts microseconds, and the package
/// manager's own lock wait covers the moment between our probe and its start.
/// </remarks>
public static class PackageLock
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>How long we waited, or one error naming the lock file still held when <paramref name="bound"/> ran out.</summary>
    public static async Task<Result<TimeSpan>> WaitUntilFreeAsync(
        IReadOnlyList<string> lockFiles, TimeSpan bound, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            var held = lockFiles.FirstOrDefault(IsHeldByAnotherProcess);
            var waited = time.GetElapsedTime(started);
            if (held is null)
            {
                return Result<TimeSpan>.Success(waited);
            }

            if (waited >= bound)
            {
                return Result<TimeSpan>.Failure(held,
                    $"the package manager is busy: another process has held {held} for {waited.TotalSeconds:0.#} s " +
                    $"(limit {bound.TotalSeconds:0.#} s); is another apt, dpkg, dnf or rpm running? Nothing was changed.");
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    /// <summary>True when another process holds <paramref name="path"/> with <c>flock</c> or an <c>fcntl</c> write lock.</summary>
    public static bool IsHeldByAnotherProcess(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        FileStream stream;
        try
        {
            // .NET on Unix takes flock(LOCK_SH | LOCK_NB) for shared opens: this fails while someone holds flock(LOCK_EX).
            stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to probe (not root); the package manager will report its own lock error.
            return false;
        }
        catch (IOException)
        {
            return true;
        }

        using (stream)
        {
            if (OperatingSystem.IsMacOS())
            {
                // No byte-range locks there; the agent runs on Linux.
                return false;
            }

            try
            {
                // An fcntl write lock on the first byte conflicts with dpkg's and rpm's whole-file locks.
                stream.Lock(0, 1);
                stream.Unlock(0, 1);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }
}
