using System.Buffers.Text;
using System.Text;
using Patchwarden.Store.Compliance;

namespace Patchwarden.Server.Compliance;

/// <summary>The opaque <c>cursor</c> of the compliance-item listing: the last item's instance id and patch id, URL-safe.</summary>
public static class ComplianceItemCursorText
{
    // Neither an instance id nor a patch id holds a line feed, so it separates them unambiguously.
    private const char Separator = '\n';

    public static string Encode(ComplianceItemCursor cursor) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{cursor.InstanceId}{Separator}{cursor.PatchId}"));

    public static bool TryDecode(string text, out ComplianceItemCursor? cursor)
    {
        cursor = null;
        if (!Base64Url.IsValid(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = decoded.Split(Separator);
        if (parts is not [{ Length: > 0 } instanceId, { Length: > 0 } patchId])
        {
            return false;
        }

        cursor = new ComplianceItemCursor(instanceId, patchId);
        return true;
    }
}
