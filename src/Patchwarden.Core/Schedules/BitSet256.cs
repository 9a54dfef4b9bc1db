using System.Numerics;

namespace Patchwarden.Core.Schedules;

/// <summary>An immutable set of integers 0-255: the values one cron field allows.</summary>
internal readonly record struct BitSet256(ulong W0, ulong W1, ulong W2, ulong W3)
{
    public const int Capacity = 256;

    public BitSet256 With(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Capacity);
        var bit = 1UL << (index & 63);
        return (index >> 6) switch
        {
            0 => this with { W0 = W0 | bit },
            1 => this with { W1 = W1 | bit },
            2 => this with { W2 = W2 | bit },
            _ => this with { W3 = W3 | bit },
        };
    }

    public bool Contains(int index) => index is >= 0 and < Capacity && (Word(index >> 6) & (1UL << (index & 63))) != 0;

    /// <summary>The smallest member that is at least <paramref name="from"/>, or -1 when there is none.</summary>
    public int NextFrom(int from)
    {
        from = Math.Max(from, 0);
        for (var w = from >> 6; w < 4; w++)
        {
            var bits = Word(w);
            if (w == from >> 6)
            {
                bits &= ulong.MaxValue << (from & 63);
            }

            if (bits != 0)
            {
                return (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }

        return -1;
    }

    /// <summary>The smallest set bit of <paramref name="bits"/> that is at least <paramref name="from"/>, or -1: the hot path for fields below 64.</summary>
    public static int Next(ulong bits, int from)
    {
        if (from >= 64)
        {
            return -1;
        }

        var rest = bits & (ulong.MaxValue << Math.Max(from, 0));
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }

    private ulong Word(int w) => w switch
    {
        0 => W0,
        1 => W1,
        2 => W2,
        _ => W3,
    };
}
