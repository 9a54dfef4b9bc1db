using Patchwarden.Core.Validation;
using Patchwarden.Server.Accounts;
using Patchwarden.Server.Hosting;
using Patchwarden.Store;

namespace Patchwarden.Server.Activations;

/// <summary>Checks a <see cref="CreateActivationRequest"/> beyond its JSON shape; yields its lifetime when valid.</summary>
public static class ActivationRequestValidator
{
    public const int MaxTags = 50;
    public const int MaxTagKeyLength = 128;
    public const int MaxTagValueLength = 256;
    public const int MaxDescriptionLength = 256;

    public static async Task<Result<TimeSpan>> ValidateAsync(CreateActivationRequest request, IPatchwardenStore store, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (await AccountReferences.CheckAsync(store, request.Account, "account", cancellationToken) is { } account)
        {
            errors.Add(account);
        }

        if (request.Description is { Length: > MaxDescriptionLength })
        {
            errors.Add(new("description", $"is {request.Description.Length} characters long; at most {MaxDescriptionLength} are allowed"));
        }

        CheckTags(request.Tags ?? new Dictionary<string, string>(), errors);
        if (request.RegistrationLimit is < 1 or > CreateActivationRequest.MaxRegistrationLimit)
        {
            errors.Add(new("registrationLimit", $"is {request.RegistrationLimit}; it must be 1 to {CreateActivationRequest.MaxRegistrationLimit}"));
        }

        var expiresIn = request.ExpiresIn ?? CreateActivationRequest.DefaultExpiresIn;
        if (!DurationText.TryParse(expiresIn, out var lifetime) || lifetime > CreateActivationRequest.MaxLifetime)
        {
            errors.Add(new("expiresIn", $"'{expiresIn}' is not a lifetime: expected {DurationText.Expected}, at most 30d"));
        }

        return errors.Count == 0 ? Result<TimeSpan>.Success(lifetime) : Result<TimeSpan>.Failure(errors);
    }

    private static void CheckTags(IReadOnlyDictionary<string, string> tags, List<ValidationError> errors)
    {
        if (tags.Count > MaxTags)
        {
            errors.Add(new("tags", $"has {tags.Count} tags; at most {MaxTags} are allowed"));
        }

        foreach (var (key, value) in tags)
        {
            var field = $"tags.{key}"; // The same path Core gives a dictionary key.
            if (key.Trim().Length == 0 || key.Length > MaxTagKeyLength || key.Any(char.IsControl))
            {
                errors.Add(new(field, $"a tag key must be 1 to {MaxTagKeyLength} printable characters"));
            }

            if (value.Length > MaxTagValueLength || value.Any(char.IsControl))
            {
                errors.Add(new(field, $"a tag value must be at most {MaxTagValueLength} printable characters"));
            }
            else if (key == "Patch Group" && value.Trim().Length == 0)
            {
                errors.Add(new(field, "the patch group must not be empty"));
            }
        }
    }
}
