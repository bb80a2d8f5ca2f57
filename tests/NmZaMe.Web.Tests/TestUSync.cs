using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Web.Tests;

/// <summary>
/// Temporary uSync folders built from the repository's, so a test can change files without touching the real ones:
/// the schema alone, the schema with the seed catalogue, or the schema with content written by the test
/// (<see cref="Catalogue"/>, <see cref="WriteContent"/>). Tests that assert exact content use their own items rather
/// than the seed, which editors change.
/// </summary>
public sealed class TestUSync : IDisposable
{
    public static readonly Guid RootKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e01");
    public static readonly Guid FolderKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e02");
    public static readonly Guid BeeKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e03");
    public static readonly Guid RoadKey = new("0f5c1a8e-7d2b-4c41-9e36-1b2a3c4d5e04");

    private static readonly DateTime Created = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string[] BothCultures = ["sl-SI", "en-US"];

    private readonly TempDirectory _directory = new();

    private TestUSync()
    {
    }

    /// <summary>The folder to give the application (it holds <c>v17/</c>).</summary>
    public string Folder => _directory.Path;

    public string V17 => Path.Combine(Folder, "v17");

    /// <summary>Data types, document types and languages; no content.</summary>
    public static TestUSync SchemaOnly() => Copy(includeContent: false);

    /// <summary>The repository's schema and seed catalogue.</summary>
    public static TestUSync Full() => Copy(includeContent: true);

    /// <summary>The schema and a small catalogue: a root, a life-challenge folder and two life challenges published in both cultures.</summary>
    public static TestUSync Catalogue()
    {
        var usync = SchemaOnly();
        usync.WriteContent(RootKey, Guid.Empty, "", 1, "catalogueRoot", 0, ("Test za me", "Test for me"), new()
        {
            ["siteName"] = Cultures("Test za me", "Test for me"),
            ["municipality"] = Invariant("""["Novo mesto"]"""),
        });
        usync.WriteContent(FolderKey, RootKey, "Test za me", 2, "lifeChallengeFolder", 0, ("Življenjske situacije", "Life challenges"), []);
        usync.WriteContent(BeeKey, FolderKey, "Življenjske situacije", 3, "lifeChallenge", 0, ("Čebela", "Bee"), new()
        {
            ["summary"] = Cultures("Pomoč čebelarjem.", "Help for beekeepers."),
            ["icon"] = Invariant("bee"),
        });
        usync.WriteContent(RoadKey, FolderKey, "Življenjske situacije", 3, "lifeChallenge", 1, ("Cesta", "Road"), new()
        {
            ["summary"] = Cultures("Pomoč na cesti.", "Help on the road."),
        });
        return usync;
    }

    public string PathOf(string relative) => Path.Combine(V17, relative);

    /// <summary>Adds a content item published in both cultures; it is imported on the application's first start.</summary>
    public void WriteContent(Guid key, Guid parentKey, string parentName, int level, string contentType, int sortOrder, (string Sl, string En) names,
        Dictionary<string, IReadOnlyDictionary<string, string>> values)
    {
        var file = new ContentFile(string.Empty, ContentKind.Document, key, level, parentKey, contentType, Created, sortOrder, false, null,
            new Dictionary<string, string> { [""] = names.Sl, ["sl-SI"] = names.Sl, ["en-US"] = names.En },
            BothCultures.ToHashSet(StringComparer.OrdinalIgnoreCase), values);
        var content = Path.Combine(V17, "Content");
        var used = Directory.Exists(content) ? Directory.GetFiles(content).Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet() : [];
        ContentFileWriter.Save(ContentFileWriter.ToXml(file, parentName, "/" + names.Sl), Path.Combine(content, ContentFileWriter.FileName(file, used)));
    }

    public static IReadOnlyDictionary<string, string> Cultures(string sl, string en) => new Dictionary<string, string> { ["sl-SI"] = sl, ["en-US"] = en };

    public static IReadOnlyDictionary<string, string> Invariant(string value) => new Dictionary<string, string> { [""] = value };

    public void Dispose() => _directory.Dispose();

    private static TestUSync Copy(bool includeContent)
    {
        var target = new TestUSync();
        var source = Path.Combine(CmsApplication.RepositoryUSync, "v17");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!includeContent && relative.Split(Path.DirectorySeparatorChar)[0] is "Content" or "Media")
            {
                continue;
            }

            var destination = Path.Combine(target.V17, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        // The files behind seed media (uSync/media/{id}/{name}), next to v17 as in the repository.
        var media = Path.Combine(CmsApplication.RepositoryUSync, "media");
        if (includeContent && Directory.Exists(media))
        {
            foreach (var file in Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target.Folder, "media", Path.GetRelativePath(media, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        return target;
    }
}
