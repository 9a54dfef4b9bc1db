using System.Diagnostics;
using Patchwarden.Agent.PackageManagers;
using Patchwarden.Agent.Tests.Fixtures;

namespace Patchwarden.Agent.Tests.PackageManagers;

public sealed class PackageLockTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pw-lock-");

    private string LockFile => Path.Combine(_directory.FullName, "lock-frontend");

    public PackageLockTests() => File.WriteAllText(LockFile, "");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task A_free_lock_is_taken_as_free_at_once()
    {
        var waited = await PackageLock.WaitUntilFreeAsync([LockFile, Path.Combine(_directory.FullName, "missing")], TimeSpan.FromSeconds(5), TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.True(waited.IsSuccess);
        Assert.True(waited.Value < TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData(LockKind.Flock)]
    [InlineData(LockKind.Fcntl)]
    public async Task A_lock_held_by_another_process_fails_after_the_bound_naming_the_file(LockKind kind)
    {
        await using var holder = await LockHolder.HoldAsync(LockFile, kind);
        var stopwatch = Stopwatch.StartNew();

        var waited = await PackageLock.WaitUntilFreeAsync([LockFile], TimeSpan.FromSeconds(1), TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.False(waited.IsSuccess);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal(LockFile, waited.Errors[0].Field);
        Assert.Contains("the package manager is busy", waited.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lock_let_go_during_the_wait_is_taken_as_free()
    {
        var holder = await LockHolder.HoldAsync(LockFile, LockKind.Fcntl);
        var release = Task.Delay(500, TestContext.Current.CancellationToken).ContinueWith(_ => holder.DisposeAsync().AsTask(), TaskScheduler.Default).Unwrap();

        var waited = await PackageLock.WaitUntilFreeAsync([LockFile], TimeSpan.FromSeconds(10), TimeProvider.System, TestContext.Current.CancellationToken);
        await release;

        Assert.True(waited.IsSuccess);
        Assert.InRange(waited.Value, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Probing_leaves_no_lock_behind()
    {
        Assert.False(PackageLock.IsHeldByAnotherProcess(LockFile));
        Assert.False(PackageLock.IsHeldByAnotherProcess(LockFile));
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "missing")));
        Assert.False(PackageLock.IsHeldByAnotherProcess(Path.Combine(_directory.FullName, "missing")));
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "missing")));
    }
}
