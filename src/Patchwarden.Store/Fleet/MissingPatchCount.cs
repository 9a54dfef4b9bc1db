namespace Patchwarden.Store.Fleet;

/// <summary>A patch and how many active instances in scope miss it (state Missing or Failed, not covered by an exception).</summary>
public sealed record MissingPatchCount(string PatchId, int Instances);
