using System.Collections.Frozen;

namespace Patchwarden.Agent.Reboot;

/// <summary>RPM packages whose update takes effect only after a reboot: the kernel and the core libraries and services every process uses.</summary>
/// <remarks>
/// The list of dnf's <c>needs-restarting -r</c> (after Red Hat's solution 27943), plus <c>kernel-core</c>, the real-time
/// kernel's core and the TLS libraries that long-running daemons keep loaded.
/// </remarks>
public static class CoreRebootPackages
{
    public static FrozenSet<string> Names { get; } = new[]
    {
        "kernel", "kernel-core", "kernel-rt", "kernel-rt-core", "glibc", "linux-firmware", "systemd",
        "dbus", "dbus-broker", "dbus-daemon", "openssl-libs", "gnutls",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string packageName) => Names.Contains(packageName);
}
