using Patchwarden.Core.Baselines;

namespace Patchwarden.Core.Evaluation;

/// <summary>A filter group ready to test many patches: every filter must match (AND); an empty group matches everything.</summary>
internal sealed class CompiledFilterGroup
{
    private readonly CompiledFilter[] filters;

    private CompiledFilterGroup(CompiledFilter[] filters) => this.filters = filters;

    public bool MatchesEverything => filters.Length == 0;

    /// <summary>Compiles <paramref name="group"/>, sharing equal filters with the others of the same baseline (see <see cref="FilterMemo"/>).</summary>
    public static CompiledFilterGroup Compile(PatchFilterGroup? group, Dictionary<string, CompiledFilter> compiled) =>
        // Filters that let everything through are dropped, so the hot loop only runs the ones that can say no.
        new([.. (group?.PatchFilters ?? []).Select(f => CompiledFilter.Compile(f, compiled)).Where(f => !f.MatchesEverything)]);

    public bool Matches(in PackageFacts facts, ref FilterMemo memo)
    {
        foreach (var filter in filters)
        {
            if (!filter.Matches(facts, ref memo))
            {
                return false;
            }
        }

        return true;
    }
}
