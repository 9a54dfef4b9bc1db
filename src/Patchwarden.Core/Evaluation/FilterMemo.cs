namespace Patchwarden.Core.Evaluation;

/// <summary>Per-package memory of filter results, so a filter shared by several rules (say CLASSIFICATION = Security) is tested once.</summary>
/// <remarks>One bit per distinct filter of the baseline; a valid baseline has at most 44 (4 global + 10 rules × 4).</remarks>
internal struct FilterMemo
{
    public const int Capacity = 64;

    private ulong known;
    private ulong passed;

    public bool TryGet(int id, out bool result)
    {
        var bit = 1UL << id;
        result = (passed & bit) != 0;
        return (known & bit) != 0;
    }

    public void Set(int id, bool result)
    {
        var bit = 1UL << id;
        known |= bit;
        if (result)
        {
            passed |= bit;
        }
    }
}
