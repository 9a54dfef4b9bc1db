using Patchwarden.Store.Audit;

namespace Patchwarden.Server.Audit;

/// <summary>The outcome words <see cref="IAuditLog"/> takes; they map onto the store's <see cref="AuditOutcome"/>.</summary>
public static class AuditResults
{
    public const string Succeeded = "succeeded";

    /// <summary>Refused by authorization (the caller's role or scope).</summary>
    public const string Denied = "denied";

    /// <summary>Tried but did not happen: invalid input, a conflict, a wrong code.</summary>
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Succeeded, Denied, Failed];

    public static AuditOutcome ToOutcome(string outcome) => outcome switch
    {
        Succeeded => AuditOutcome.Succeeded,
        Denied => AuditOutcome.Denied,
        Failed => AuditOutcome.Failed,
        _ => throw new ArgumentException($"'{outcome}' is not an audit outcome; use AuditResults.", nameof(outcome)),
    };

    public static string Of(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => Succeeded,
        AuditOutcome.Denied => Denied,
        _ => Failed,
    };

    public static bool TryParse(string text, out AuditOutcome outcome)
    {
        foreach (var name in All)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                outcome = ToOutcome(name);
                return true;
            }
        }

        outcome = default;
        return false;
    }
}
