namespace Patchwarden.Agent.PackageManagers;

/// <summary>A program to run, with its arguments (never through a shell), extra environment and a time limit.</summary>
public sealed record CommandLine
{
    public required string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Added to (or overriding) the inherited environment, e.g. <c>APT_CONFIG</c> for an isolated root.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The command as a person would type it, for messages.</summary>
    public override string ToString() =>
        string.Join(' ', new[] { FileName }.Concat(Arguments).Select(a => a.Length == 0 || a.Any(char.IsWhiteSpace) ? $"'{a}'" : a));
}
