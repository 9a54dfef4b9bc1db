using System.Globalization;

namespace Patchwarden.Server.Hosting;

/// <summary>Durations as people write them in requests and flags: a whole number and a unit, <c>30m</c>, <c>24h</c>, <c>90d</c>.</summary>
public static class DurationText
{
    public const string Expected = "a whole number followed by m (minutes), h (hours) or d (days), e.g. 24h";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is not { Length: >= 2 and <= 12 }
            || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0)
        {
            return false;
        }

        var minutes = char.ToLowerInvariant(text[^1]) switch
        {
            'm' => amount,
            'h' => amount * 60,
            'd' => amount * 60 * 24,
            _ => -1,
        };
        if (minutes is <= 0 or > 100L * 365 * 24 * 60)
        {
            return false;
        }

        duration = TimeSpan.FromMinutes(minutes);
        return true;
    }
}
