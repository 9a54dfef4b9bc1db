namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>A tiny Debian package the apt fixture builds at test time.</summary>
public sealed record TestDeb(string Name, string Version, string Section, string Priority, AptTestRepository Repository)
{
    public string? Depends { get; init; }

    /// <summary>Body of the postinst script (after <c>#!/bin/sh</c>), or null for none.</summary>
    public string? Postinst { get; init; }
}

/// <summary>Which local repository carries a test package.</summary>
[Flags]
public enum AptTestRepository
{
    /// <summary>The ordinary archive: Label Patchwarden, Suite stable.</summary>
    Main = 1,

    /// <summary>A repository that presents itself as Debian's security pocket: Origin Debian, Label Debian-Security, Suite stable-security.</summary>
    Security = 2,

    Both = Main | Security,
}
