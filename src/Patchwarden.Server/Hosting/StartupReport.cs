using Patchwarden.Store;

namespace Patchwarden.Server.Hosting;

/// <summary>What start-up did, for the lines <c>serve</c> prints; <c>AdminTokenPath</c> is set when this start created the first admin token.</summary>
public sealed record StartupReport(StoreEngine Engine, int SchemaVersion, string? AdminTokenPath);
