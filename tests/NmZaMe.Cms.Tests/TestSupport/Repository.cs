namespace NmZaMe.Cms.Tests.TestSupport;

/// <summary>The repository this test run was built from, found by walking up to the solution file.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string USyncV17 => Path.Combine(Root, "uSync", "v17");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NmZaMe.Umbraco.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"NmZaMe.Umbraco.sln was not found above {AppContext.BaseDirectory}.");
    }
}
