using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Web.Tests;

/// <summary>
/// A uSync folder with the repository's schema and a small catalogue of its own: a root, a life-challenge folder and
/// two life challenges published in both cultures. Tests that assert exact content use this rather than the seed,
/// which editors change.
/// </summary>
public sealed class TestCatalogue : IDisposable
{
    public static readonly Guid RootKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e01");
    public static readonly Guid FolderKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e02");
    public static readonly Guid BeeKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e03");
    public static readonly Guid RoadKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e04");

    private static readonly DateTime Created = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string[] BothCultures = ["sl-SI", "en-US"];

    private readonly TempDirectory _directory = new();

    private TestCatalogue()
    {
        var source = Path.Combine(CmsApplication.RepositoryUSync, "v17");
        var target = Path.Combine(Folder, "v17");
        foreach (var folder in new[] { "DataTypes", "ContentTypes", "Languages" })
        {
            CopyFolder(Path.Combine(source, folder), Path.Combine(target, folder));
        }

        File.Copy(Path.Combine(source, "usync.config"), Path.Combine(target, "usync.config"));
    }

    /// <summary>The folder to give the application (it holds <c>v17/</c>).</summary>
    public string Folder => _directory.Path;

    public static TestCatalogue Create()
    {
        var catalogue = new TestCatalogue();
        catalogue.Write(RootKey, Guid.Empty, "", 1, "catalogueRoot", 0, ("Test za me", "Test for me"), new()
        {
            ["siteName"] = Cultures("Test za me", "Test for me"),
            ["municipality"] = Invariant("""["Novo mesto"]"""),
        });
        catalogue.Write(FolderKey, RootKey, "Test za me", 2, "lifeChallengeFolder", 0, ("Življenjske situacije", "Life challenges"), []);
        catalogue.Write(BeeKey, FolderKey, "Življenjske situacije", 3, "lifeChallenge", 0, ("Čebela", "Bee"), new()
        {
            ["summary"] = Cultures("Pomoč čebelarjem.", "Help for beekeepers."),
            ["icon"] = Invariant("bee"),
        });
        catalogue.Write(RoadKey, FolderKey, "Življenjske situacije", 3, "lifeChallenge", 1, ("Cesta", "Road"), new()
        {
            ["summary"] = Cultures("Pomoč na cesti.", "Help on the road."),
        });
        return catalogue;
    }

    public void Dispose() => _directory.Dispose();

    private void Write(Guid key, Guid parentKey, string parentName, int level, string contentType, int sortOrder, (string Sl, string En) names,
        Dictionary<string, IReadOnlyDictionary<string, string>> values)
    {
        var file = new ContentFile(string.Empty, ContentKind.Document, key, level, parentKey, contentType, Created, sortOrder, false, null,
            new Dictionary<string, string> { [""] = names.Sl, ["sl-SI"] = names.Sl, ["en-US"] = names.En },
            BothCultures.ToHashSet(StringComparer.OrdinalIgnoreCase), values);
        var content = Path.Combine(Folder, "v17", "Content");
        var used = Directory.Exists(content) ? Directory.GetFiles(content).Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet() : [];
        ContentFileWriter.Save(ContentFileWriter.ToXml(file, parentName, "/" + names.Sl), Path.Combine(content, ContentFileWriter.FileName(file, used)));
    }

    private static IReadOnlyDictionary<string, string> Cultures(string sl, string en) => new Dictionary<string, string> { ["sl-SI"] = sl, ["en-US"] = en };

    private static IReadOnlyDictionary<string, string> Invariant(string value) => new Dictionary<string, string> { [""] = value };

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
