using System.Diagnostics;

namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>How another process holds a lock file.</summary>
public enum LockKind
{
    /// <summary><c>flock(1)</c>, i.e. <c>flock(2)</c>: what scripts and admins use.</summary>
    Flock,

    /// <summary>An <c>fcntl</c> write lock on the whole file: what dpkg, apt and rpm take.</summary>
    Fcntl,
}

/// <summary>A child process that holds a lock file until disposed (killed), so tests see the package manager busy.</summary>
public sealed class LockHolder : IAsyncDisposable
{
    // struct flock on 64-bit Linux: short type, short whence, 4 bytes padding, off_t start, off_t len, pid_t pid, padding.
    private const string FcntlScript = """
        use Fcntl qw(F_SETLKW F_WRLCK SEEK_SET O_RDWR O_CREAT);
        sysopen(my $fh, $ARGV[0], O_RDWR | O_CREAT) or die "open $ARGV[0]: $!";
        my $lock = pack("s s x4 q q l x4", F_WRLCK, SEEK_SET, 0, 0, 0);
        fcntl($fh, F_SETLKW, $lock) or die "fcntl: $!";
        $| = 1; print "locked\n"; sleep 300;
        """;

    private readonly Process _process;

    private LockHolder(Process process) => _process = process;

    public static async Task<LockHolder> HoldAsync(string path, LockKind kind)
    {
        var start = kind == LockKind.Flock
            ? new ProcessStartInfo("flock", [path, "sh", "-c", "echo locked; exec sleep 300"])
            : new ProcessStartInfo("perl", ["-e", FcntlScript, path]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {start.FileName}");
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        if (line != "locked")
        {
            throw new InvalidOperationException($"{start.FileName} did not take the lock on {path}: {await process.StandardError.ReadToEndAsync()}");
        }

        return new LockHolder(process);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
