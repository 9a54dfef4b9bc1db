namespace Patchwarden.Agent.PackageManagers;

/// <summary>What the package database says about one package after an install attempt.</summary>
/// <param name="Version">The version it holds, in the same format the scan reports.</param>
/// <param name="IsComplete">False while the package is unpacked but not configured (dpkg <c>iF</c>, <c>iU</c>, ...).</param>
public sealed record InstalledState(string Version, bool IsComplete);
