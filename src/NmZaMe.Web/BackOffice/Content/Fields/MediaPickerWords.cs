using NmZaMe.Web.BackOffice.Localization;
using MediaItem = NmZaMe.Web.BackOffice.Media.IndexModel.Item;

namespace NmZaMe.Web.BackOffice.Content.Fields;

/// <summary>How the media picker describes an item beside its name: its kind, file type and size ("Slika · PNG · 12 KB").</summary>
public static class MediaPickerWords
{
    public static string Describe(BackOfficeText t, MediaItem item)
    {
        var kind = item.Type switch { "Image" => t["Slika"], "File" => t["Datoteka"], _ => item.Type };
        var size = item.Bytes is not { } bytes ? null : bytes < 1024 * 1024
            ? t["{0} KB", (bytes / 1024.0).ToString("0.#", t.Culture)]
            : t["{0} MB", (bytes / (1024.0 * 1024.0)).ToString("0.#", t.Culture)];
        return string.Join(" · ", new[] { kind, item.Extension?.ToUpperInvariant(), size }.Where(p => !string.IsNullOrEmpty(p)));
    }
}
