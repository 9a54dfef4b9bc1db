namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>Tests that share the apt repositories (built once) and get their own roots from them.</summary>
[CollectionDefinition(Name)]
public sealed class AptRootCollection : ICollectionFixture<AptRootFixture>
{
    public const string Name = "apt root";
}
