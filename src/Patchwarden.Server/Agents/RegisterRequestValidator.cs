using Patchwarden.Core.Validation;

namespace Patchwarden.Server.Agents;

/// <summary>Checks a <see cref="RegisterRequest"/>'s text fields: present, printable, not too long.</summary>
public static class RegisterRequestValidator
{
    public static IReadOnlyList<ValidationError> Validate(RegisterRequest request)
    {
        var errors = new List<ValidationError>();
        Check(request.ActivationId, "activationId", 64, errors);
        Check(request.ActivationCode, "activationCode", 128, errors);
        Check(request.HostName, "hostName", 255, errors);
        Check(request.Os.Name, "os.name", 128, errors);
        Check(request.Os.Version, "os.version", 64, errors);
        Check(request.Os.Arch, "os.arch", 32, errors);
        Check(request.AgentVersion, "agentVersion", 64, errors);
        return errors;
    }

    private static void Check(string value, string field, int maxLength, List<ValidationError> errors)
    {
        if (value.Trim().Length == 0 || value.Length > maxLength || value.Any(char.IsControl))
        {
            errors.Add(new ValidationError(field, $"must be 1 to {maxLength} printable characters"));
        }
    }
}
