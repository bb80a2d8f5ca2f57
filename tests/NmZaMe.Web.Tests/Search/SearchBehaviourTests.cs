using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Tests.Search;

public sealed class SearchBehaviourTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Api = "/umbraco/delivery/api/v2";

    private ISearchService Search => seed.App.Services.GetRequiredService<ISearchService>();

    [Theory]
    [InlineData("pomoc na domu")]
    [InlineData("POMOČ NA DOMU")]
    [InlineData("pomoči na domu")]
    [InlineData("pomoć na domu")]
    public void Diacritics_case_and_inflection_do_not_matter(string query)
    {
        var result = Search.Search(new SearchQuery(query, "sl-SI"));

        Assert.Contains("na domu", result.Hits[0].Content.Name("sl-SI"), StringComparison.Ordinal);
        Assert.Contains(result.Hits.Take(3), h => h.Content.Name("sl-SI")!.StartsWith("Pomoč družini na domu", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_word_is_corrected_and_suggested()
    {
        var result = Search.Search(new SearchQuery("nasilije v druzini", "sl-SI"));

        Assert.NotEmpty(result.Hits);
        Assert.Equal("nasilje v druzini", result.DidYouMean);
        Assert.Contains("nasilj", result.Hits[0].Content.Name("sl-SI")!.ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>
    /// One letter of three is a third of the word: "hiv" is not a slip for "hiša" (the safe house came first), nor "nic"
    /// for anything but "nič". Words of four letters or more are still corrected ("hisaa" finds "hiša").
    /// </summary>
    [Fact]
    public void A_three_letter_word_is_not_corrected_into_another_word()
    {
        var hiv = Search.Search(new SearchQuery("hiv", "sl-SI"));
        Assert.Null(hiv.DidYouMean);
        Assert.DoesNotContain(hiv.Hits, h => h.Content.Name("sl-SI") == "Varna hiša");

        var slip = Search.Search(new SearchQuery("varna hisaa", "sl-SI"));
        Assert.Equal("Varna hiša", slip.Hits[0].Content.Name("sl-SI"));
    }

    [Theory]
    [InlineData("\"pomoč\" OR nasilje")]
    [InlineData("pomoč AND NOT nasilje")]
    [InlineData("NEAR(pomoč nasilje)")]
    [InlineData("pomo*")]
    [InlineData("name:pomoč")]
    [InlineData("^pomoč")]
    [InlineData("(((")]
    [InlineData("\"")]
    [InlineData("-- ; DROP TABLE fts_0; --")]
    [InlineData("🙂 pomoč 🙃")]
    [InlineData("\u202Eevil\u202C pomoč")]
    [InlineData("مساعدة")]
    [InlineData("\0\u0001\u0002")]
    public void Fts5_syntax_in_user_text_is_only_words(string query)
    {
        var result = Search.Search(new SearchQuery(query, "sl-SI"));

        Assert.True(result.Hits.Count > 0 || result.Message is not null, query);
    }

    [Fact]
    public void Ten_thousand_characters_give_a_result_and_a_message()
    {
        var result = Search.Search(new SearchQuery(string.Concat(Enumerable.Repeat("pomoč nasilje ", 800)), "sl-SI"));

        Assert.NotNull(result.Message);
    }

    [Fact]
    public void Empty_and_stop_word_only_queries_explain_themselves()
    {
        Assert.Contains("Vpišite", Search.Search(new SearchQuery("   ", "sl-SI")).Message, StringComparison.Ordinal);
        Assert.Empty(Search.Search(new SearchQuery("in na za", "sl-SI")).Hits);
        Assert.NotNull(Search.Search(new SearchQuery("in na za", "sl-SI")).Message);
    }

    [Fact]
    public void Snippets_mark_matches_and_encode_everything_else()
    {
        var result = Search.Search(new SearchQuery("položnice", "sl-SI"));

        var snippet = result.Hits[0].SnippetHtml;
        Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
        var withoutMarks = snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }

    [Fact]
    public void Facets_count_the_results_and_filters_narrow_them()
    {
        var all = Search.Search(new SearchQuery("pomoč", "sl-SI", Take: 100));
        var free = all.Facets[Facets.Cost].Single(f => f.Value == "brezplačno");

        var filtered = Search.Search(new SearchQuery("pomoč", "sl-SI", Costs: ["brezplačno"], Take: 100));

        Assert.Equal(free.Count, filtered.Total);
        Assert.True(filtered.Total < all.Total);
        Assert.Contains(all.Facets[Facets.LifeChallenge], f => f.Label == "Starost in oskrba");
        Assert.All(filtered.Hits, h => Assert.Contains("brezplačno", (string[])h.Content.Value("cost", "sl-SI")!));
    }

    [Fact]
    public void English_queries_search_english_text()
    {
        var result = Search.Search(new SearchQuery("free legal aid", "en-US"));

        Assert.Contains("legal", result.Hits[0].Content.Name("en-US")!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Delivery_api_text_filter_orders_by_relevance_unless_sorted()
    {
        var relevant = await seed.GetJsonAsync($"{Api}/content?filter=text:pomoc%20na%20domu&take=3");
        var sorted = await seed.GetJsonAsync($"{Api}/content?filter=text:pomoc%20na%20domu&sort=name:desc&take=50");
        var combined = await seed.GetJsonAsync($"{Api}/content?filter=text:pomoc%20na%20domu&filter=contentType:lifeChallenge&take=50");

        Assert.Contains("na domu", relevant.GetProperty("items")[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        var names = sorted.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.OrderByDescending(n => n, NmZaMe.Cms.Text.SlovenianCollation.Comparer).ToList(), names);
        Assert.All(combined.GetProperty("items").EnumerateArray(), i => Assert.Equal("lifeChallenge", i.GetProperty("contentType").GetString()));
    }

    [Theory]
    [InlineData("text:")]
    [InlineData("text:\"")]
    [InlineData("text:NEAR(a b)")]
    [InlineData("text:*")]
    public async Task Delivery_api_text_filter_never_fails(string filter)
    {
        var response = await seed.Client.GetAsync($"{Api}/content?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("pomoč")]
    [InlineData("svetovanje")]
    [InlineData("pomoc na d")]
    public void Every_page_follows_the_order_of_all_matches(string query)
    {
        var service = seed.App.Services.GetRequiredService<SearchService>();
        var all = service.RankedKeys(query, "sl-SI");
        Assert.True(all.Count > 12, $"'{query}' should match more than a page in the seed catalogue, matched {all.Count}");

        foreach (var (skip, take) in new[] { (0, 10), (0, 1), (3, 5), (10, 10), (all.Count - 2, 10), (0, 100) })
        {
            var page = Search.Search(new SearchQuery(query, "sl-SI", Skip: skip, Take: take));
            Assert.Equal(all.Count, page.Total);
            Assert.Equal(all.Skip(skip).Take(take), page.Hits.Select(h => h.Content.Key));
        }
    }
}

public sealed class SearchIndexUpdateTests
{
    [Fact]
    public async Task A_published_service_is_found_at_once_and_an_unpublished_one_is_gone()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var search = app.Services.GetRequiredService<ISearchService>();
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation").Key;
        var lifeChallenge = app.Snapshot.All.First(c => c.ContentType.Alias == "lifeChallenge").Key;
        var key = Guid.NewGuid();
        var commit = app.Services.GetRequiredService<ContentCommit>();
        await using (var db = app.CreateDbContext())
        {
            var saved = await new SaveContent(db, app.Snapshot.Schema).ExecuteAsync(new SaveContentCommand(key, organisation, "service",
                new Dictionary<string, string> { ["sl-SI"] = "Kvačkanje za zmedene žirafe" },
                new Dictionary<string, IReadOnlyDictionary<string, string?>>
                {
                    ["summary"] = new Dictionary<string, string?> { ["sl-SI"] = "Preizkusna storitev." },
                    ["lifeChallenges"] = new Dictionary<string, string?> { [""] = Udi.Document(lifeChallenge) },
                    ["cost"] = new Dictionary<string, string?> { [""] = "[\"brezplačno\"]" },
                    ["status"] = new Dictionary<string, string?> { [""] = "[\"aktivna\"]" },
                }));
            Assert.True(saved.Succeeded);
            Assert.DoesNotContain(search.Search(new SearchQuery("zirafe", "sl-SI")).Hits, h => h.Content.Key == key);
            Assert.True((await new PublishContent(db, app.Snapshot.Schema, commit).ExecuteAsync(key, ["sl-SI"])).Succeeded);
        }

        Assert.Equal(key, search.Search(new SearchQuery("žirafam", "sl-SI")).Hits[0].Content.Key);
        var api = JsonDocument.Parse(await client.GetStringAsync("/umbraco/delivery/api/v2/content?filter=text:kvackanje")).RootElement;
        Assert.Equal(key, api.GetProperty("items")[0].GetProperty("id").GetGuid());

        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new UnpublishContent(db, app.Snapshot.Schema, commit).ExecuteAsync(key, "sl-SI", mayPublish: true)).Succeeded);
        }

        Assert.DoesNotContain(search.Search(new SearchQuery("žirafam", "sl-SI")).Hits, h => h.Content.Key == key);
    }

    [Fact]
    public async Task A_confidential_address_is_never_indexed()
    {
        using var usync = TestUSync.Full();
        var file = Directory.EnumerateFiles(Path.Combine(usync.V17, "Content")).First(f => File.ReadAllText(f).Contains("Alias=\"Društvo življenje brez nasilja\"", StringComparison.Ordinal));
        File.WriteAllText(file, File.ReadAllText(file).Replace("  </Properties>",
            "    <street>\n      <Value><![CDATA[Skrivnostna ulica 7]]></Value>\n    </street>\n    <city>\n      <Value><![CDATA[Krajzaupnosti]]></Value>\n    </city>\n  </Properties>", StringComparison.Ordinal));
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        var search = app.Services.GetRequiredService<ISearchService>();

        Assert.Empty(search.Search(new SearchQuery("Skrivnostna", "sl-SI")).Hits);
        Assert.Empty(search.Search(new SearchQuery("Krajzaupnosti", "sl-SI")).Hits);
        Assert.NotEmpty(search.Search(new SearchQuery("varna hiša", "sl-SI")).Hits);
    }
}
