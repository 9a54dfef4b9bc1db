namespace Patchwarden.Store.Compliance;

/// <summary>How a patch state's CVE list is kept in one text column: ids joined by commas (CVE ids never contain one).</summary>
internal static class PatchStateCodec
{
    public static string? JoinCves(IReadOnlyList<string> cveIds) => cveIds.Count == 0 ? null : string.Join(',', cveIds);

    public static IReadOnlyList<string> SplitCves(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
