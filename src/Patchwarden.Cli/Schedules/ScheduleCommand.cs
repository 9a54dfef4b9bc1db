using System.CommandLine;

namespace Patchwarden.Cli.Schedules;

/// <summary><c>patchctl schedule ...</c>: work with maintenance-window schedule expressions.</summary>
public static class ScheduleCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schedule", "Work with maintenance-window schedule expressions.");
        command.Subcommands.Add(NextCommand.Create(console));
        return command;
    }
}
