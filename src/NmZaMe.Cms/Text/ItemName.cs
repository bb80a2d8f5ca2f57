namespace NmZaMe.Cms.Text;

/// <summary>
/// An item's name as it may be stored: trimmed, without control characters (a NUL from a file name) and without
/// bidirectional-formatting characters, which let "čšž\u202Egnp.exe.png" display as "čšžexe.png" (name spoofing).
/// Joiners and other format characters stay: scripts and emoji need them.
/// </summary>
public static class ItemName
{
    public static string Clean(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        return name.Any(IsUnsafe) ? string.Concat(name.Where(c => !IsUnsafe(c))).Trim() : name.Trim();
    }

    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
