using NmZaMe.Cms.Media;

namespace NmZaMe.Cms.Sync;

/// <summary>
/// The files behind imported media: uSync carries only the items, Umbraco keeps the files in <c>wwwroot/media/{folder}/{name}</c>.
/// A uSync folder may hold the same layout next to <c>v17</c> (<c>media/{id}/{name}</c>); each file whose folder is a
/// store id is checked by its bytes (as an upload is) and copied into the media store under that id, once. The file
/// is served only while a media item's <c>umbracoFile</c> names exactly that id and name.
/// </summary>
public static class SeedMediaFiles
{
    public static int Copy(string mediaFolder, MediaFileStore store, List<string> errors)
    {
        if (!Directory.Exists(mediaFolder))
        {
            return 0;
        }

        var copied = 0;
        foreach (var directory in Directory.EnumerateDirectories(mediaFolder))
        {
            var id = Path.GetFileName(directory);
            if (!MediaFileStore.IsId(id))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory).Take(1))
            {
                var bytes = File.ReadAllBytes(file);
                var (type, error) = MediaFileType.Detect(bytes);
                if (type is null || !string.Equals(Path.GetExtension(file).TrimStart('.'), type.Extension, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"media/{id}/{Path.GetFileName(file)}: not an accepted file of its extension ({error?.ToString() ?? type?.Extension}).");
                    continue;
                }

                if (store.PathOf(id, type.Extension) is { } target && !File.Exists(target))
                {
                    Directory.CreateDirectory(store.Root);
                    File.Copy(file, target);
                    copied++;
                }
            }
        }

        return copied;
    }
}
