namespace NmZaMe.Web.Tests;

/// <summary>Temporary uSync folders built from the repository's, so a test can change files without touching the real ones.</summary>
public sealed class TestUSync : IDisposable
{
    private TestUSync(string folder) => Folder = folder;

    public string Folder { get; }

    public string V17 => Path.Combine(Folder, "v17");

    public static TestUSync SchemaOnly() => Copy(includeContent: false);

    public static TestUSync Full() => Copy(includeContent: true);

    public string PathOf(string relative) => Path.Combine(V17, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static TestUSync Copy(bool includeContent)
    {
        var target = new TestUSync(Path.Combine(Path.GetTempPath(), "nmzame-usync", Guid.NewGuid().ToString("N")));
        var source = Path.Combine(CmsApplication.RepositoryUSync, "v17");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var topFolder = relative.Split(Path.DirectorySeparatorChar)[0];
            if (!includeContent && topFolder is "Content" or "Media")
            {
                continue;
            }

            var destination = Path.Combine(target.V17, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
