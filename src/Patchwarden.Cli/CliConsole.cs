namespace Patchwarden.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
