using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>
/// The index as a restart sees it: loaded from disk (with or without a head start before the snapshot) it must answer
/// exactly as the one just built, and after an update exactly as one built afresh from the new snapshot.
/// </summary>
public sealed class SearchIndexStorageTests : IDisposable
{
    private static readonly string[] Queries = ["pomoč na domu", "pomoc", "nasilje v družini", "brezplačno svetovanje", "dnevni cen", "svetovnaje", "žirafe"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nmzame-search-tests", Guid.NewGuid().ToString("N"));

    private string IndexPath => Path.Combine(_directory, "index.db");

    [Fact]
    public void An_index_loaded_from_disk_answers_as_the_one_built()
    {
        var snapshot = Catalogue();
        string built;
        using (var index = new SearchIndex(IndexPath))
        {
            Assert.False(index.Rebuild(snapshot, NoSynonyms));
            built = Answers(index, snapshot);
        }

        using (var index = new SearchIndex(IndexPath))
        {
            Assert.True(index.Rebuild(snapshot, NoSynonyms));
            Assert.Equal(built, Answers(index, snapshot));
        }

        using (var index = new SearchIndex(IndexPath))
        {
            index.Preload();
            Assert.False(index.State.Built);
            Assert.True(index.Rebuild(snapshot, NoSynonyms));
            Assert.Equal(built, Answers(index, snapshot));
        }
    }

    [Theory]
    [InlineData("UPDATE docs SET data = x'01020304' WHERE rowid = (SELECT min(rowid) FROM docs)")]
    [InlineData("UPDATE docs SET data = x'00000000010000000000000000000000000000000000000000000000FFFFFF7F' WHERE rowid = (SELECT min(rowid) FROM docs)")]
    [InlineData("DELETE FROM terms WHERE id = 3")]
    [InlineData("UPDATE facets SET value = 'not a key' WHERE facet = 'lifeChallenge'; UPDATE facets SET id = id + 100")]
    [InlineData("DROP TABLE docs")]
    public void A_damaged_index_on_disk_is_built_again(string damage)
    {
        var snapshot = Catalogue();
        string built;
        using (var index = new SearchIndex(IndexPath))
        {
            index.Rebuild(snapshot, NoSynonyms);
            built = Answers(index, snapshot);
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = damage;
            command.ExecuteNonQuery();
        }

        using var reopened = new SearchIndex(IndexPath);
        Assert.False(reopened.Rebuild(snapshot, NoSynonyms));
        Assert.Equal(built, Answers(reopened, snapshot));
    }

    [Fact]
    public void A_new_build_with_the_same_analyzer_reuses_the_index_and_a_new_analyzer_version_rebuilds_it()
    {
        var snapshot = Catalogue();
        using (var index = new SearchIndex(IndexPath))
        {
            Assert.False(index.Rebuild(snapshot, NoSynonyms));
        }

        // The stamp names what shapes the index, not the build: another build of the same code would write the same.
        var stamp = StoredStamp();
        Assert.StartsWith(SearchIndexVersion.Current + "|", stamp, StringComparison.Ordinal);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Assert.DoesNotContain(assembly.ManifestModule.ModuleVersionId.ToString(), stamp, StringComparison.OrdinalIgnoreCase);
        }

        using (var sameAnalyzer = new SearchIndex(IndexPath, SearchIndexVersion.Current))
        {
            Assert.True(sameAnalyzer.Preload());
            Assert.True(sameAnalyzer.Rebuild(snapshot, NoSynonyms));
        }

        var next = $"{SearchIndexVersion.Format}.{SearchIndexVersion.Analyzer + 1}.0";
        using (var newAnalyzer = new SearchIndex(IndexPath, next))
        {
            Assert.False(newAnalyzer.Preload());
            Assert.False(newAnalyzer.Rebuild(snapshot, NoSynonyms));
        }

        Assert.StartsWith(next + "|", StoredStamp(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_version_names_the_format_and_the_analyzer_version()
    {
        Assert.Matches(@"^\d+\.\d+\.[0-9a-f]{16}$", SearchIndexVersion.Current);
        Assert.StartsWith($"{SearchIndexVersion.Format}.{SearchIndexVersion.Analyzer}.", SearchIndexVersion.Current, StringComparison.Ordinal);
    }

    private string StoredStamp()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'stamp'";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public void An_index_built_from_other_data_is_not_reused()
    {
        using (var index = new SearchIndex(IndexPath))
        {
            index.Rebuild(Catalogue(), NoSynonyms);
        }

        var changed = Catalogue(extra: "Kvačkanje za zmedene žirafe");
        using var reopened = new SearchIndex(IndexPath);
        reopened.Preload();
        Assert.False(reopened.Rebuild(changed, NoSynonyms));
        Assert.Equal(Keys(changed, "Kvačkanje za zmedene žirafe"), Search(reopened, changed, "žirafe").Hits.Select(h => h.Content.Key).ToList());
    }

    [Fact]
    public void After_an_update_the_index_answers_as_one_built_from_the_new_snapshot_and_so_does_a_restart()
    {
        var before = Catalogue();
        var after = Catalogue(extra: "Kvačkanje za zmedene žirafe", renameFirst: "Pletenje za zaspane pingvine");
        var changedKeys = before.All.Select(c => c.Key).Concat(after.All.Select(c => c.Key)).Distinct()
            .Where(k => before.Get(k)?.Name("sl-SI") != after.Get(k)?.Name("sl-SI")).ToList();
        Assert.Equal(2, changedKeys.Count);

        string updated;
        using (var index = new SearchIndex(IndexPath))
        {
            index.Rebuild(before, NoSynonyms);
            index.Update(after, changedKeys, NoSynonyms);
            updated = Answers(index, after, "pingvini");
            Assert.Equal(before.All.Count(c => IndexDocumentBuilder.SearchableTypes.Contains(c.ContentType.Alias)) + 1, index.State.Count);
        }

        using (var restarted = new SearchIndex(IndexPath))
        {
            Assert.True(restarted.Rebuild(after, NoSynonyms));
            Assert.Equal(updated, Answers(restarted, after, "pingvini"));
        }

        using var fresh = new SearchIndex(Path.Combine(_directory, "fresh.db"));
        fresh.Rebuild(after, NoSynonyms);
        Assert.Equal(updated, Answers(fresh, after, "pingvini"));
        Assert.Contains("Pletenje", Answers(fresh, after, "pingvini"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_query_is_answered_from_the_cache_until_a_publish_changes_the_snapshot_and_the_index()
    {
        var before = Catalogue();
        var after = Catalogue(renameFirst: "Pletenje za zaspane pingvine");
        using var index = new SearchIndex(IndexPath);
        index.Rebuild(before, NoSynonyms);
        var source = new Changing { Current = before };
        var service = new SearchService(index, source);
        var first = service.Search(new SearchQuery("pomoč na domu", "sl-SI"));
        Assert.Same(first, service.Search(new SearchQuery("pomoč na domu", "sl-SI")));
        Assert.NotSame(first, service.Search(new SearchQuery("pomoč na domu", "sl-SI", Skip: 1)));
        Assert.NotSame(first, service.Search(new SearchQuery("pomoč na domu", "sl-SI", Costs: ["brezplačno"])));
        Assert.Same(service.RankedKeys("pomoč", "sl-SI"), service.RankedKeys("pomoč", "sl-SI"));
        var penguins = new SearchQuery("pingvini", "sl-SI");
        Assert.Equal(0, service.Search(penguins).Total);
        Assert.Empty(service.RankedKeys("pingvini", "sl-SI"));

        source.Current = after;
        index.Update(after, [Key(10)], NoSynonyms);
        Assert.Equal([Key(10)], service.Search(penguins).Hits.Select(h => h.Content.Key));
        Assert.Equal([Key(10)], service.RankedKeys("pingvini", "sl-SI"));
        var again = service.Search(new SearchQuery("pomoč na domu", "sl-SI"));
        Assert.NotSame(first, again);
        var uncached = new SearchService(index, source, cachedResults: 0).Search(new SearchQuery("pomoč na domu", "sl-SI"));
        Assert.Equal(uncached.Hits.Select(h => (h.Content.Key, h.Score)), again.Hits.Select(h => (h.Content.Key, h.Score)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static SynonymList NoSynonyms(string culture) => SynonymList.Empty;

    private static SearchResult Search(SearchIndex index, PublishedSnapshot snapshot, string text, IReadOnlyList<string>? costs = null) =>
        new SearchService(index, new Fixed(snapshot)).Search(new SearchQuery(text, "sl-SI", Costs: costs, Take: 50));

    private static List<Guid> Keys(PublishedSnapshot snapshot, string name) =>
        snapshot.All.Where(c => c.Name("sl-SI") == name).Select(c => c.Key).ToList();

    /// <summary>Everything a citizen sees for the queries: order, scores, facet counts and suggestions, as one text.</summary>
    private static string Answers(SearchIndex index, PublishedSnapshot snapshot, params string[] more)
    {
        var lines = new List<string>();
        foreach (var text in Queries.Concat(more))
        {
            foreach (var result in new[] { Search(index, snapshot, text), Search(index, snapshot, text, ["brezplačno"]) })
            {
                lines.Add($"{text}: {result.Total} {result.DidYouMean}");
                lines.AddRange(result.Hits.Select(h => $"  {h.Content.Name("sl-SI")} {h.Score:R}"));
                lines.AddRange(result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal)
                    .Select(f => $"  {f.Key}: {string.Join(", ", f.Value.Select(v => $"{v.Value}={v.Count}"))}"));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>A small catalogue with the fields search reads; its schema hash lets the index on disk be reused.</summary>
    private static PublishedSnapshot Catalogue(string? extra = null, string? renameFirst = null)
    {
        var builder = new SnapshotBuilder();
        var organisation = builder.Document("organisation", null, "Center za socialno delo Dolenjska in Bela krajina", key: Key(1));
        var services = new[]
        {
            ("Pomoč družini na domu", "Socialna oskrba na domu za starejše.", "[\"brezplačno\"]", "[\"pomoč na domu\",\"oskrba\"]"),
            ("Svetovanje žrtvam nasilja", "Svetovanje ob nasilju v družini.", "[\"brezplačno\"]", "[\"nasilje\"]"),
            ("Dnevni center za starejše", "Druženje in pomoč čez dan.", "[\"plačljivo\"]", "[\"dnevni center\"]"),
            ("Brezplačno pravno svetovanje", "Pravna pomoč za vse.", "[\"brezplačno\"]", "[]"),
            ("Razdeljevanje hrane", "Paketi hrane za družine v stiski.", "[\"delno plačljivo\"]", "[\"hrana\"]"),
        };
        for (var i = 0; i < services.Length; i++)
        {
            var (name, summary, cost, keywords) = services[i];
            builder.Document("service", organisation, i == 0 && renameFirst is not null ? renameFirst : name, sortOrder: i, key: Key(10 + i), values: d =>
            {
                d.SetValue("summary", "sl-SI", summary);
                d.SetValue("cost", string.Empty, cost);
                d.SetValue("keywords", "sl-SI", keywords);
            });
        }

        if (extra is not null)
        {
            builder.Document("service", organisation, extra, sortOrder: 99, key: Key(99), values: d => d.SetValue("summary", "sl-SI", "Preizkusna storitev."));
        }

        var built = builder.Build();
        return new PublishedSnapshot(built.Schema, built.All, 1) { SchemaHash = 42 };
    }

    private static Guid Key(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private sealed class Changing : ISnapshotSource
    {
        public required PublishedSnapshot Current { get; set; }
    }

    private sealed class Fixed(PublishedSnapshot snapshot) : ISnapshotSource
    {
        public PublishedSnapshot Current => snapshot;
    }
}
