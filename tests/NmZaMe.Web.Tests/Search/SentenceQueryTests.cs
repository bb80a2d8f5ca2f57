using System.Net;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// Sentences as people write them (wordings taken from press letters and counselling pages, not from the judged sets) and
/// Slovenian words on the English site, through the public search page.
/// </summary>
public sealed class SentenceQueryTests
{
    [Fact]
    public async Task A_sentence_about_a_fall_finds_home_help_first_and_offers_its_life_situation()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString("oce se po padcu ne more vec sam umiti")));
        Assert.Equal("Pomoč družini na domu – socialna oskrba na domu", SearchUnderstandingTests.Results(html).First());
        Assert.Contains("Morda iščete: <a href=\"/sl/zivljenjske-situacije/starost-in-oskrba/\">", html, StringComparison.Ordinal);
    }

    // Autism is a developmental disorder, not an intellectual disability: the child's mental-health centre answers it.
    [Theory]
    [InlineData("sl", "hci ima avtizem in ne vem kam se obrnit")]
    [InlineData("en", "my son is autistic where can we get help")]
    public async Task A_parent_of_an_autistic_child_finds_the_childrens_mental_health_centre(string lang, string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await SearchUnderstandingTests.ResultsOf(client, lang, query);
        var centre = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Center za duševno zdravje otrok in mladostnikov").Name(lang == "sl" ? "sl-SI" : "en-US");
        Assert.Contains(centre, results.Take(3));
    }

    [Theory]
    [InlineData("how do I apply for otroški dodatek", "Otroški dodatek")]
    [InlineData("my mother needs a patronažna sestra", "Patronažna služba")]
    [InlineData("rejnistvo information", "Rejništvo")]
    public async Task Slovenian_words_on_the_english_site_are_searched_in_the_slovenian_text_of_the_same_items_word_by_word(string query, string slovenianName)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/search/?q=" + Uri.EscapeDataString(query)));
        var expected = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && (c.Name("sl-SI") ?? "").StartsWith(slovenianName, StringComparison.Ordinal)).Name("en-US");
        Assert.Equal(expected, SearchUnderstandingTests.Results(html).First());
    }

    [Theory]
    [InlineData("mož ima demenco in ga ne morem več sama negovati")]
    [InlineData("mama ima sladkorno in je ne zmorem vec sama negovat")]
    [InlineData("sem invalidka in bi rada spet delala")]
    public async Task A_sentence_gets_a_service_that_covers_its_needs_before_a_broad_page_or_a_weak_match(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(query))));
        var first = app.Snapshot.All.First(c => c.Name("sl-SI") == results[0]);
        Assert.True(first.ContentType.Alias == "service", $"{query} → {string.Join(" | ", results.Take(5))}");
    }

    [Theory]
    [InlineData("dobil sem položnico za ogrevanje 280 eur in je ne morem plačati", "Pomoč pri plačilu položnic")]
    // Two money services score within 2 % here; the near-tie rule (SearchService.Ties.cs) may put either first.
    [InlineData("zbolel sem in ne morem delati, zmanjkuje mi denarja", "Enkratna občinska denarna pomoč|Denarna socialna pomoč")]
    public async Task A_negation_or_an_amount_in_a_sentence_is_not_required_of_the_results(string query, string first)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = SearchUnderstandingTests.Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(query))));
        Assert.True(first.Split('|').Contains(results[0]), $"{query} → {string.Join(" | ", results.Take(5))}");
    }
}
