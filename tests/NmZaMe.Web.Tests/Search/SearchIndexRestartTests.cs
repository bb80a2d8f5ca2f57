using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Tests.Search;

/// <summary>A restart on unchanged data reuses the search index on disk; any change to published data since means a rebuild.</summary>
public sealed class SearchIndexRestartTests
{
    [Fact]
    public async Task A_restart_reuses_the_index_with_what_was_published_and_rebuilds_after_changes_behind_its_back()
    {
        using var data = new TempDirectory();
        var key = Guid.NewGuid();
        IReadOnlyDictionary<string, string?> settings;
        IReadOnlyList<Guid> before;
        using (var first = new CmsApplication(dataDirectory: data.Path))
        {
            await first.StartAsync();
            await AssertLoggedAsync(first, "Search index built");
            var organisation = first.Snapshot.All.First(c => c.ContentType.Alias == "organisation").Key;
            var lifeChallenge = first.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key;
            var commit = first.Services.GetRequiredService<ContentCommit>();
            await using (var db = first.CreateDbContext())
            {
                Assert.True((await new SaveContent(db, first.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, organisation, "service",
                    new Dictionary<string, string> { ["sl-SI"] = "Kvačkanje za zmedene žirafe" },
                    new Dictionary<string, IReadOnlyDictionary<string, string?>>
                    {
                        ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Preizkusna storitev." },
                        ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(lifeChallenge) },
                        ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
                        ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
                    }))).Succeeded);
                Assert.True((await new PublishContent(db, first.Snapshot.Schema, commit).ExecuteAsync(key, ["sl-SI"])).Succeeded);
            }

            before = Keys(first, "pomoč na domu");
            settings = first.Settings;
        }

        using (var second = new CmsApplication(settings: new Dictionary<string, string?>(settings), dataDirectory: data.Path))
        {
            await second.StartAsync();
            await AssertLoggedAsync(second, "Search index loaded from disk");
            Assert.Equal(before, Keys(second, "pomoč na domu"));
            Assert.Equal(key, Keys(second, "žirafam")[0]);

            // A change that bypasses publishing (a restore, a script) must not leave the old index in use.
            await using var db = second.CreateDbContext();
            var node = await db.Nodes.SingleAsync(n => n.Key == key);
            var published = ContentData.Deserialize(node.PublishedData);
            published.Names["sl-SI"] = "Pletenje za zaspane pingvine";
            node.PublishedData = published.Serialize();
            await db.SaveChangesAsync();
        }

        using var third = new CmsApplication(settings: new Dictionary<string, string?>(settings), dataDirectory: data.Path);
        await third.StartAsync();
        await AssertLoggedAsync(third, "Search index built");
        Assert.Equal(key, Keys(third, "pingvini")[0]);
        Assert.Empty(Keys(third, "žirafam"));
        Assert.Equal(before, Keys(third, "pomoč na domu"));
    }

    // Readiness turns green when the index state is swapped in, a moment before the indexer writes its log line.
    private static async Task AssertLoggedAsync(CmsApplication app, string prefix)
    {
        for (var i = 0; i < 200 && !app.Logs.Any(l => l.Message.StartsWith(prefix, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(25);
        }

        Assert.Contains(app.Logs, l => l.Message.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static List<Guid> Keys(CmsApplication app, string text) =>
        app.Services.GetRequiredService<ISearchService>().Search(new SearchQuery(text, "sl-SI")).Hits.Select(h => h.Content.Key).ToList();
}
