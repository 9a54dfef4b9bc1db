namespace Patchwarden.Cli;

/// <summary>Bad input from the user: printed as one line on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
