using System.CommandLine;

namespace Patchwarden.Cli.Baselines;

/// <summary><c>patchctl baselines ...</c>: patch baselines.</summary>
public static class BaselinesCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("baselines", "Patch baselines: preview an evaluation offline.");
        command.Subcommands.Add(PreviewCommand.Create(console));
        return command;
    }
}
