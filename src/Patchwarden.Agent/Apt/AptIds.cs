namespace Patchwarden.Agent.Apt;

/// <summary>Patch and package ids on apt machines, written the way apt prints package names.</summary>
public static class AptIds
{
    /// <summary><c>name</c> for the native architecture and <c>all</c>; <c>name:arch</c> otherwise (a multiarch <c>libc6:i386</c>).</summary>
    public static string Of(string name, string architecture, string nativeArchitecture) =>
        architecture.Length == 0 || architecture == "all" || architecture == nativeArchitecture ? name : $"{name}:{architecture}";
}
