using Patchwarden.Core.Exceptions;

namespace Patchwarden.Core.Evaluation;

/// <summary>The standing exceptions that cover one instance at one instant, ready to look up by patch id.</summary>
/// <remarks>
/// An exception covers the instance when it is active at the instant, belongs to the instance's account, and its scope
/// names the instance id, the account, or the instance's patch group (ordinal comparison). The account check keeps one
/// team's patch-group exception from reaching another team's instances in a patch group of the same name. When several
/// cover a patch, the one that runs longest is reported (then the smallest id, so the choice is stable).
/// </remarks>
internal sealed class ApplicableExceptions
{
    private readonly (CompiledWildcard Pattern, StandingException Exception)[] covering;

    private ApplicableExceptions((CompiledWildcard, StandingException)[] covering) => this.covering = covering;

    public bool IsEmpty => covering.Length == 0;

    public static ApplicableExceptions For(IReadOnlyList<StandingException>? exceptions, InstanceContext instance, DateTimeOffset now) =>
        new([.. (exceptions ?? [])
            .Where(e => e is not null && e.IsActiveAt(now) && Covers(e, instance))
            .OrderByDescending(e => e.ExpiresAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => (CompiledWildcard.Compile(e.PatchPattern), e))]);

    /// <summary>The exception that excuses <paramref name="patchId"/>, or null.</summary>
    public StandingException? For(string patchId)
    {
        foreach (var (pattern, exception) in covering)
        {
            if (pattern.Matches(patchId))
            {
                return exception;
            }
        }

        return null;
    }

    private static bool Covers(StandingException exception, InstanceContext instance) =>
        string.Equals(exception.Account, instance.Account, StringComparison.Ordinal)
        && exception.ScopeKind switch
        {
            ExceptionScopeKind.Instance => string.Equals(exception.ScopeValue, instance.InstanceId, StringComparison.Ordinal),
            ExceptionScopeKind.Account => string.Equals(exception.ScopeValue, instance.Account, StringComparison.Ordinal),
            ExceptionScopeKind.PatchGroup => instance.PatchGroup is not null && string.Equals(exception.ScopeValue, instance.PatchGroup, StringComparison.Ordinal),
            _ => false,
        };
}
