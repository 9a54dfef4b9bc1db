namespace Patchwarden.Agent.Tests.Fixtures;

/// <summary>Tests that share the dnf repositories (built once) and get their own install roots from them.</summary>
[CollectionDefinition(Name)]
public sealed class DnfRootCollection : ICollectionFixture<DnfRootFixture>
{
    public const string Name = "dnf root";
}
