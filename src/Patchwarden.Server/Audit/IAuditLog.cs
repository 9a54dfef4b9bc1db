using Patchwarden.Server.Auth;

namespace Patchwarden.Server.Audit;

/// <summary>Records every change and every command request: who, what, on what, when, and how it ended.</summary>
/// <remarks>
/// <c>action</c> is <c>noun.verb</c> (<c>baseline.update</c>, <c>command.install</c>); <c>target</c> the id or name acted on;
/// <c>outcome</c> one of <see cref="AuditResults"/>. <c>details</c> is serialized as a small JSON object: never put secrets
/// or whole request bodies in it.
/// </remarks>
public interface IAuditLog
{
    /// <summary>Records an action of <c>caller</c>; the account is the caller's own when it is an instance.</summary>
    Task RecordAsync(Caller caller, string action, string target, object? details, string outcome, CancellationToken cancellationToken);

    /// <summary>As above, naming the account the target belongs to (so account filters find it).</summary>
    Task RecordAsync(Caller caller, string action, string target, string? account, object? details, string outcome, CancellationToken cancellationToken);

    /// <summary>Records an attempt by someone not authenticated (e.g. a registration with a wrong activation code).</summary>
    Task RecordAnonymousAsync(string actor, string action, string target, string? account, object? details, string outcome, CancellationToken cancellationToken);
}
