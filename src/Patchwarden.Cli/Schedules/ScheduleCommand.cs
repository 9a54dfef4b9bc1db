using System.CommandLine;

namespace Patchwarden.Cli.Schedules;

/// <summary><c>patchctl schedule ...</c>: work with maintenance-window schedule expressions.</summary>
public static class ScheduleCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schedule", "Work with maintenance-window schedule expressions.");
        _ = console; // `schedule next` is added by the schedules work.
        return command;
    }
}
