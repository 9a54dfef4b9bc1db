namespace Patchwarden.Server.Instances;

/// <summary>One page of an instance listing: the items, which page it is, and how many instances match in all.</summary>
public sealed record InstancePage(IReadOnlyList<InstanceResponse> Items, int Page, int PageSize, int Total);
