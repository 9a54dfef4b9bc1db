using System.ComponentModel.DataAnnotations;

namespace Patchwarden.Server.Auth;

/// <summary>Authentication settings (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// How long an authenticated token is remembered in memory. A token revoked on another server node is refused
    /// at most this long after the revocation (on the node that revoked it, at once).
    /// </summary>
    [Range(0, 60)]
    public int CacheSeconds { get; set; } = 5;
}
