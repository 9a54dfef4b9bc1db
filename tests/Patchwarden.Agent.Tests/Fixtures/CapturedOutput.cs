namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>Real command output captured once and kept under Fixtures/Captured (see the README there for how).</summary>
public static class CapturedOutput
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Captured", name));
}
