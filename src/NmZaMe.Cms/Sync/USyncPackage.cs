using System.IO.Compression;

namespace NmZaMe.Cms.Sync;

/// <summary>
/// A zip of a complete <c>v17/</c> folder: the schema files as they are in the uSync folder (the schema is edited
/// there, so they are its source) and the content and media exported from the database. Unzipped, it imports to the
/// same state.
/// </summary>
public static class USyncPackage
{
    private static readonly string[] ExportedFolders = ["Content", "Media"];

    /// <param name="schemaFolder">The uSync folder whose <c>v17/</c> holds the schema; null when there is none.</param>
    public static async Task<int> WriteZipAsync(USyncExporter exporter, string? schemaFolder, Stream output, CancellationToken cancellationToken = default)
    {
        var temp = Path.Combine(Path.GetTempPath(), "nmzame-export", Guid.NewGuid().ToString("N"));
        try
        {
            CopySchema(schemaFolder, Path.Combine(temp, "v17"));
            var count = await exporter.ExportContentAsync(temp, cancellationToken);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var file in Directory.EnumerateFiles(temp, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(temp, file).Replace(Path.DirectorySeparatorChar, '/');
                await zip.CreateEntryFromFileAsync(file, name, CompressionLevel.Optimal, cancellationToken);
            }

            return count;
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up with the rest of the temp folder.
            }
        }
    }

    private static void CopySchema(string? schemaFolder, string target)
    {
        Directory.CreateDirectory(target);
        var source = schemaFolder is null ? null : Path.Combine(schemaFolder, "v17");
        if (source is null || !Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (ExportedFolders.Contains(relative.Split(Path.DirectorySeparatorChar)[0], StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
