using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Search;

/// <summary>
/// A broad query (more matches than the ranked depth of 400) scores only the matches that can reach it and counts facets
/// from bitsets: what a citizen sees must be exactly what scoring every match gives. The Delivery API's ranked keys
/// score every match, so a page is the same slice of them; a filtered search counts every match that passes, so each
/// facet count is the total of the search filtered by that value. Lay phrases whose lexicon entries name words most
/// services have ("ne zmorem stopnic") take the lexicon path, which bounds by the words each match has.
/// </summary>
public sealed class BroadQueryTests : IDisposable
{
    private static readonly string[] Costs = ["brezplačno", "plačljivo", "delno plačljivo"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nmzame-search-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("pomoč na domu")]
    [InlineData("pomoč")]
    [InlineData("domu")]
    [InlineData("pomoč domu")]
    [InlineData("pomoc na dom")]
    [InlineData("prevozi druženje center čakanja invalide")]
    [InlineData("zdravniku čakanja službi invalide druženje")]
    [InlineData("ne zmorem stopnic")]
    [InlineData("kdo mi skuha kosilo")]
    [InlineData("ne zmorem stopnic, čakanja je preveč")]
    [InlineData("kdo mi skuha in pripelje prevozi")]
    public void A_broad_query_shows_what_scoring_every_match_shows(string text)
    {
        var snapshot = Catalogue(1500);
        using var index = new SearchIndex(Path.Combine(_directory, "index.db"));
        index.Rebuild(snapshot, _ => SynonymList.Empty);
        var service = new SearchService(index, new Fixed(snapshot), cachedResults: 0);

        var all = service.RankedKeys(text, "sl-SI");
        Assert.True(all.Count > 800, $"{text}: {all.Count} matches, too few to be broad");
        foreach (var (skip, take) in new[] { (0, 20), (20, 10), (380, 20), (390, 20), (0, 100), (450, 30) })
        {
            var page = service.Search(new SearchQuery(text, "sl-SI", Skip: skip, Take: take));
            Assert.Equal(all.Count, page.Total);
            Assert.Equal(all.Skip(skip).Take(take), page.Hits.Select(h => h.Content.Key));
        }

        var first = service.Search(new SearchQuery(text, "sl-SI"));
        // Every service has a cost; the life situation's page, which the lexicon's phrases point to, has none.
        Assert.Equal(all.Count(k => k != Key(2)), first.Facets[Facets.Cost].Sum(v => v.Count));
        foreach (var value in first.Facets[Facets.Cost])
        {
            Assert.Equal(value.Count, service.Search(new SearchQuery(text, "sl-SI", Costs: [value.Value])).Total);
        }

        foreach (var value in first.Facets[Facets.Municipality])
        {
            Assert.Equal(value.Count, service.Search(new SearchQuery(text, "sl-SI", Municipalities: [value.Value])).Total);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Services that share the query's words in every mix of fields (name, keywords, summary, body) and lengths.</summary>
    private static PublishedSnapshot Catalogue(int services)
    {
        var random = new Random(17);
        string[] names = ["Pomoč na domu", "Pomoč družini na domu", "Svetovanje", "Dnevni center", "Pomoč", "Socialna oskrba", "Dom za starejše", "Prevozi"];
        string[] summaries = ["Pomoč na domu za starejše.", "Svetovanje in pomoč.", "Druženje čez dan.", "Oskrba na domu in pomoč pri gospodinjstvu.", "Prevozi k zdravniku.", "Pomoč."];
        string[] bodies = ["Pridemo na dom.", "Pomagamo vsem, ki potrebujejo pomoč.", "Za starejše in invalide.", "Brez čakanja.", "Pokličite nas doma ali v službi, pomoč je brezplačna."];
        string[] keywords = ["[\"pomoč na domu\"]", "[\"oskrba\",\"pomoč\"]", "[]", "[\"dom\"]", "[\"svetovanje\"]"];
        string[] places = ["Novo mesto", "Straža", "Šentjernej", "Žužemberk"];
        var builder = new SnapshotBuilder();
        var organisation = builder.Document("organisation", null, "Društvo", key: Key(1));
        var care = builder.Document("lifeChallenge", null, "Starost in oskrba", key: Key(2));
        builder.Document("layTerm", null, "Stopnice", key: Key(3), values: d =>
        {
            d.SetValue("phrases", "sl-SI", "ne zmorem stopnic");
            d.SetValue("terms", "sl-SI", "pomoč na domu\noskrba\nprevozi k zdravniku");
            d.SetValue("lifeChallenges", string.Empty, Udi.Document(care));
        });
        builder.Document("layTerm", null, "Kosilo", key: Key(4), values: d =>
        {
            d.SetValue("phrases", "sl-SI", "kdo mi skuha");
            d.SetValue("terms", "sl-SI", "pomoč\ndružini");
        });
        for (var i = 0; i < services; i++)
        {
            var name = $"{names[random.Next(names.Length)]} {places[random.Next(places.Length)]}";
            var summary = summaries[random.Next(summaries.Length)];
            var body = string.Join(' ', Enumerable.Range(0, random.Next(0, 4)).Select(_ => bodies[random.Next(bodies.Length)]));
            var cost = $"[\"{Costs[random.Next(Costs.Length)]}\"]";
            var municipality = $"[\"{places[random.Next(places.Length)]}\"]";
            var tags = keywords[random.Next(keywords.Length)];
            builder.Document("service", organisation, name, sortOrder: i, key: Key(10 + i), values: d =>
            {
                d.SetValue("summary", "sl-SI", summary);
                d.SetValue("description", "sl-SI", body);
                d.SetValue("cost", string.Empty, cost);
                d.SetValue("municipalities", string.Empty, municipality);
                d.SetValue("keywords", "sl-SI", tags);
                if (random.Next(3) == 0)
                {
                    d.SetValue("lifeChallenges", string.Empty, Udi.Document(care));
                }
            });
        }

        var built = builder.Build();
        return new PublishedSnapshot(built.Schema, built.All, 1);
    }

    private static Guid Key(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    private sealed class Fixed(PublishedSnapshot snapshot) : ISnapshotSource
    {
        public PublishedSnapshot Current => snapshot;
    }
}
