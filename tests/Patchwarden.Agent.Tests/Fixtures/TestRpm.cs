namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>A tiny noarch RPM the dnf fixture builds at test time; <see cref="IsUpdate"/> puts it in the updates repository.</summary>
public sealed record TestRpm(string Name, int Epoch, string Version, string Release, bool IsUpdate)
{
    /// <summary>A Lua <c>%pre</c> body (Lua needs no shell inside the install root), or null for none.</summary>
    public string? PreLua { get; init; }

    public string Evr => Epoch == 0 ? $"{Version}-{Release}" : $"{Epoch}:{Version}-{Release}";

    public string Id => Name + ".noarch";
}
