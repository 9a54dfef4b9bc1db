namespace Patchwarden.Server.Activations;

/// <summary>The body of <c>POST /api/v1/activations</c>.</summary>
public sealed record CreateActivationRequest
{
    public const int DefaultRegistrationLimit = 1;
    public const int MaxRegistrationLimit = 100_000;
    public const string DefaultExpiresIn = "24h";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

    /// <summary>The account every instance registered with it belongs to.</summary>
    public required string Account { get; init; }

    public string? Description { get; init; }

    /// <summary>Tags every registered instance gets, e.g. <c>{"Patch Group": "web-servers"}</c>.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>How many agents may register with it; default 1.</summary>
    public int? RegistrationLimit { get; init; }

    /// <summary>How long it can be used, e.g. <c>24h</c> (the default) or <c>7d</c>; at most 30 days.</summary>
    public string? ExpiresIn { get; init; }
}
