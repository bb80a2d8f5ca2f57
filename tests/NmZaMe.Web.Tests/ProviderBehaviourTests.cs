using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Web.Tests;

/// <summary>The same behaviour, end to end over HTTP, on every database provider.</summary>
public sealed class ProviderBehaviourTests
{
    private const string ContentApi = "/umbraco/delivery/api/v2/content";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_imported_catalogue_is_served_from_the_root_down(string provider)
    {
        using var catalogue = TestUSync.Catalogue();
        using var app = await Databases.CreateAsync(provider, catalogue.Folder);
        var client = await app.StartAsync();
        await using (var db = app.CreateDbContext())
        {
            Assert.Equal(provider == Databases.Postgres, db.Database.IsNpgsql());
        }

        var (status, json) = await GetAsync(client, $"{ContentApi}?fetch=children:/");

        Assert.Equal(HttpStatusCode.OK, status);
        var folder = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(TestUSync.FolderKey, folder.GetProperty("id").GetGuid());
        Assert.Equal("Življenjske situacije", folder.GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Names_sort_in_Slovenian_alphabetical_order(string provider)
    {
        using var catalogue = TestUSync.Catalogue();
        using var app = await Databases.CreateAsync(provider, catalogue.Folder);
        var client = await app.StartAsync();

        Assert.Equal(["Cesta", "Čebela"], await ChildNamesAsync(client, TestUSync.FolderKey, "sl-SI", "&sort=name:asc"));
        Assert.Equal(["Čebela", "Cesta"], await ChildNamesAsync(client, TestUSync.FolderKey, "sl-SI", "&sort=name:desc"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Each_culture_is_published_and_unpublished_on_its_own_until_the_item_is_trashed(string provider)
    {
        using var catalogue = TestUSync.Catalogue();
        using var app = await Databases.CreateAsync(provider, catalogue.Folder);
        var client = await app.StartAsync();
        var key = Guid.NewGuid();

        await EditAsync(app, (db, schema, _) => new SaveContent(db, schema).ExecuteAsync(NewLifeChallenge(key)));
        await EditAsync(app, (db, schema, commit) => new PublishContent(db, schema, commit).ExecuteAsync(key, ["sl-SI"]));
        Assert.Equal("Osamljenost", await NameAsync(client, key, "sl-SI"));
        Assert.Null(await NameAsync(client, key, "en-US"));

        await EditAsync(app, (db, schema, commit) => new PublishContent(db, schema, commit).ExecuteAsync(key, ["en-US"]));
        Assert.Equal("Loneliness", await NameAsync(client, key, "en-US"));

        await EditAsync(app, (db, schema, commit) => new UnpublishContent(db, schema, commit).ExecuteAsync(key, "sl-SI", mayPublish: true));
        Assert.Null(await NameAsync(client, key, "sl-SI"));
        Assert.Equal("Loneliness", await NameAsync(client, key, "en-US"));
        Assert.Contains("Loneliness", await ChildNamesAsync(client, TestUSync.FolderKey, "en-US"));

        await EditAsync(app, (db, _, commit) => new TrashContent(db, commit).ExecuteAsync(key, mayPublish: true));
        Assert.Null(await NameAsync(client, key, "en-US"));
        Assert.Equal(["Bee", "Road"], await ChildNamesAsync(client, TestUSync.FolderKey, "en-US", "&sort=name:asc"));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_restart_on_the_same_database_keeps_content_and_importing_again_changes_nothing(string provider)
    {
        using var catalogue = TestUSync.Catalogue();
        using var data = new TempDirectory();
        var key = Guid.NewGuid();
        IReadOnlyDictionary<string, string?> settings;
        int nodes;
        using (var first = await Databases.CreateAsync(provider, catalogue.Folder, dataDirectory: data.Path))
        {
            await first.StartAsync();
            await EditAsync(first, (db, schema, _) => new SaveContent(db, schema).ExecuteAsync(NewLifeChallenge(key)));
            await EditAsync(first, (db, schema, commit) => new PublishContent(db, schema, commit).ExecuteAsync(key, ["sl-SI", "en-US"]));
            nodes = await CountNodesAsync(first);
            settings = first.Settings;
        }

        using var second = new CmsApplication(catalogue.Folder, new Dictionary<string, string?>(settings), data.Path);
        var client = await second.StartAsync();

        Assert.Equal(["Cesta", "Čebela", "Osamljenost"], await ChildNamesAsync(client, TestUSync.FolderKey, "sl-SI", "&sort=name:asc"));
        var importer = second.Services.GetRequiredService<USyncImporter>();
        await importer.ImportAsync(catalogue.Folder);
        var again = await importer.ImportAsync(catalogue.Folder);
        Assert.Equal(0, again.SchemaItemsChanged);
        Assert.Equal(0, again.SchemaItemsDeleted);
        Assert.Equal(0, again.ContentItemsImported);
        Assert.False(again.ContentImportedNow);
        Assert.Equal(nodes, await CountNodesAsync(second));
    }

    private static SaveContentCommand NewLifeChallenge(Guid key) => new(key, TestUSync.FolderKey, "lifeChallenge",
        new Dictionary<string, string> { ["sl-SI"] = "Osamljenost", ["en-US"] = "Loneliness" },
        new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Ko ste sami.", ["en-US"] = "When you are alone." },
        });

    /// <summary>Runs a write use case as a request would: its own context, the schema of the current snapshot.</summary>
    private static async Task EditAsync(CmsApplication app, Func<CmsDbContext, ContentSchema, ContentCommit, Task<ContentResult>> useCase)
    {
        await using var db = app.CreateDbContext();
        var result = await useCase(db, app.Snapshot.Schema, app.Services.GetRequiredService<ContentCommit>());
        Assert.True(result.Succeeded, $"{result.Outcome}: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}"))}");
    }

    private static async Task<int> CountNodesAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.CountAsync();
    }

    /// <summary>The item's name in <paramref name="culture"/>, or null when the API answers 404 for it.</summary>
    private static async Task<string?> NameAsync(HttpClient client, Guid key, string culture)
    {
        var (status, json) = await GetAsync(client, $"{ContentApi}/item/{key}", culture);
        if (status == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        return json.GetProperty("name").GetString();
    }

    private static async Task<string[]> ChildNamesAsync(HttpClient client, Guid parent, string culture, string query = "")
    {
        var (status, json) = await GetAsync(client, $"{ContentApi}?fetch=children:{parent}{query}", culture);
        Assert.Equal(HttpStatusCode.OK, status);
        return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString() ?? string.Empty).ToArray();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(HttpClient client, string path, string? culture = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (culture is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(culture);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body.Length == 0 ? "null" : body);
        return (response.StatusCode, json.RootElement.Clone());
    }
}
