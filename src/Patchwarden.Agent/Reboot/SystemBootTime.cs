using System.Globalization;

namespace Patchwarden.Agent.Reboot;

/// <summary>The kernel's boot time: the <c>btime</c> line of <c>/proc/stat</c> (seconds since the epoch).</summary>
public sealed class SystemBootTime : IBootTime
{
    public const string ProcStat = "/proc/stat";

    public DateTimeOffset? Read() => File.Exists(ProcStat) ? Parse(File.ReadAllText(ProcStat)) : null;

    public static DateTimeOffset? Parse(string procStat)
    {
        foreach (var line in procStat.Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is ["btime", var seconds] && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return DateTimeOffset.FromUnixTimeSeconds(value);
            }
        }

        return null;
    }
}
