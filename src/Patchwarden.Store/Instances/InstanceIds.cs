using System.Security.Cryptography;
using Patchwarden.Core.Targets;

namespace Patchwarden.Store.Instances;

/// <summary>New instance ids in the proven model's format (<see cref="InstanceIdFormat"/>).</summary>
public static class InstanceIds
{
    public static string New() => InstanceIdFormat.Prefix + RandomNumberGenerator.GetHexString(InstanceIdFormat.Length - InstanceIdFormat.Prefix.Length, lowercase: true);

    public static bool IsValid(string? id) => InstanceIdFormat.IsValid(id);
}
