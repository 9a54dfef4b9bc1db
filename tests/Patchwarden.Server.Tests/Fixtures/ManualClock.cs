namespace Patchwarden.Server.Tests.Fixtures;

/// <summary>A clock tests move by hand (expiry, last-seen times); timers still run on real time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
