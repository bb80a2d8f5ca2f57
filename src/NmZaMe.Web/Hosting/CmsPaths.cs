namespace NmZaMe.Web.Hosting;

public static class CmsPaths
{
    public static string DataDirectory(NmZaMeOptions options, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(options.DataDirectory) ? options.DataDirectory : Path.Combine(contentRoot, options.DataDirectory));

    /// <summary>The configured uSync folder, or the nearest <c>uSync/</c> above the content root (the repository's).</summary>
    public static string? USyncFolder(NmZaMeOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.USync.Folder))
        {
            return Path.GetFullPath(Path.IsPathRooted(options.USync.Folder) ? options.USync.Folder : Path.Combine(contentRoot, options.USync.Folder));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "uSync");
            if (Directory.Exists(Path.Combine(candidate, "v17")))
            {
                return candidate;
            }
        }

        return null;
    }
}
