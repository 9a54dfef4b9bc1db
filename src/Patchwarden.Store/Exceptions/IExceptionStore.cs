using Patchwarden.Core.Exceptions;

namespace Patchwarden.Store.Exceptions;

/// <summary>Standing exceptions (the core's <see cref="StandingException"/>), owned by an account.</summary>
public interface IExceptionStore
{
    /// <summary>Adds the exception; false when the id exists already or its account is outside <paramref name="scope"/>.</summary>
    Task<bool> CreateAsync(AccountScope scope, StandingException exception, CancellationToken cancellationToken);

    Task<StandingException?> GetAsync(AccountScope scope, string id, CancellationToken cancellationToken);

    /// <summary>Exceptions in scope, newest first.</summary>
    Task<IReadOnlyList<StandingException>> ListAsync(AccountScope scope, ExceptionQuery query, CancellationToken cancellationToken);

    /// <summary>Revokes it; false when missing, outside scope or revoked already.</summary>
    Task<bool> RevokeAsync(AccountScope scope, string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// The exceptions of the instance's account in force at <paramref name="now"/> that cover it: scoped to its id,
    /// to its account, or to its patch group (within its account). The evaluator matches patch patterns.
    /// </summary>
    Task<IReadOnlyList<StandingException>> ListApplicableAsync(InstanceContext instance, DateTimeOffset now, CancellationToken cancellationToken);
}
