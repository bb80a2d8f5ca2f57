namespace NmZaMe.Web.Tests;

/// <summary>
/// A temporary uSync folder with the repository's schema (data types, document types, languages) and no content,
/// for tests that need the application but not the seed catalogue.
/// </summary>
public sealed class SchemaOnlyUSync : IDisposable
{
    public SchemaOnlyUSync()
    {
        Folder = Path.Combine(Path.GetTempPath(), "nmzame-tests", "usync-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(CmsApplication.RepositoryUSync, "v17");
        var target = Path.Combine(Folder, "v17");
        foreach (var folder in new[] { "DataTypes", "ContentTypes", "Languages" })
        {
            CopyFolder(Path.Combine(source, folder), Path.Combine(target, folder));
        }

        File.Copy(Path.Combine(source, "usync.config"), Path.Combine(target, "usync.config"));
    }

    public string Folder { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the rest of the temp folder.
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
