using System.Net;
using System.Text.Json;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search.Understanding;

namespace NmZaMe.Web.Tests.Search;

/// <summary>Lay words, sentences and English through the public search page and the Delivery API, over the seed lexicon.</summary>
public sealed class SearchUnderstandingTests
{
    [Fact]
    public async Task Lay_words_the_content_never_uses_find_the_service_through_the_lexicon_and_offer_its_life_situation()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=ne+morem+vec+kuhati"));
        Assert.Contains("Pomoč družini na domu – socialna oskrba na domu", Results(html).Take(3));
        Assert.Contains("Morda iščete: <a href=\"/sl/zivljenjske-situacije/starost-in-oskrba/\">Starost in oskrba</a>", html, StringComparison.Ordinal);

        // Two-way synonyms: the English word finds the Slovenian Sign Language interpreting service on the English site.
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/en/search/?q=translator"));
        Assert.Contains(Name(app, "tolmač", "en-US"), Results(english).Take(3));
    }

    [Fact]
    public async Task A_life_situation_offered_for_lay_words_brings_its_crisis_lines_with_a_phone_to_tap()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=partner+me+pretepa"));
        var aside = System.Text.RegularExpressions.Regex.Match(html, "<aside class=\"card suggestion\".*?</aside>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("Morda iščete: <a href=\"/sl/zivljenjske-situacije/nasilje", aside, StringComparison.Ordinal);
        Assert.Contains("Nujna pomoč", aside, StringComparison.Ordinal);
        Assert.Contains(">SOS telefon za ženske in otroke – žrtve nasilja 080 11 55</a>: <a href=\"tel:", aside, StringComparison.Ordinal);

        // A life situation without crisis lines (poverty) gets no crisis block.
        var food = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=nimam+denarja+za+hrano"));
        Assert.Contains("Morda iščete: <a href=\"/sl/zivljenjske-situacije/revscina-in-materialna-stiska/\">", food, StringComparison.Ordinal);
        Assert.DoesNotContain("urgent-lines", food, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_words_and_filler_carry_no_weight_and_a_long_sentence_never_needs_every_word()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var filler = Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=prosim+kje+lahko+dobim+brezplacno+pravno+pomoc")));
        var plain = Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=brezplacno+pravno+pomoc")));
        Assert.Equal(plain.Take(3), filler.Take(3));

        // Seven content words no item has all of: the items that match most of them come first, the rest are marked partial.
        var sentence = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=mama+zivi+sama+na+vasi+potrebuje+prevoz+do+zdravnika+ker+nima+avta"));
        Assert.NotEmpty(Results(sentence));
        Assert.Contains(Results(sentence).Take(3), r => r.Contains("Rudi", StringComparison.Ordinal));
        Assert.Contains("Naslednji zadetki se z iskanjem ujemajo le delno.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broad_queries_from_the_review_no_longer_put_unrelated_items_first()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var sos = Results(WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=sos+telefon")));
        Assert.DoesNotContain(sos.Take(3), n => n.Contains("šolske potrebščine", StringComparison.OrdinalIgnoreCase));
        var shelter = Results(WebUtility.HtmlDecode(await client.GetStringAsync("/en/search/?q=shelter")));
        Assert.NotEqual(Name(app, "VDC Novo mesto", "en-US"), shelter.First());
    }

    /// <summary>"Start" there asks where to turn: as a word to match it put the help at the start of the school year first.</summary>
    [Theory]
    [InlineData("where should i start? i need help")]
    [InlineData("i need help, where do i start")]
    public async Task Asking_where_to_start_gets_first_help_not_the_start_of_the_school_year(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await ResultsOf(client, "en", query);
        Assert.Equal("First help and guidance", results[0]);
        Assert.DoesNotContain("Help at the start of the school year", results.Take(3));
    }

    /// <summary>
    /// The office's news of its opening says where people can turn; read through the phrase's own words it came before
    /// the first-help services the phrase's meaning finds.
    /// </summary>
    [Theory]
    [InlineData("ne vem kam naj se obrnem")]
    [InlineData("na koga naj se obrnem")]
    [InlineData("kam se lahko obrnem po pomoč")]
    [InlineData("na koga se lahko obrnem")]
    public async Task Asking_where_to_turn_gets_a_service_before_the_news(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await ResultsOf(client, "sl", query);
        Assert.Equal("Prva pomoč in usmeritev v stiski", results[0]);
        var news = app.Snapshot.All.Where(c => c.ContentType.Alias == "newsArticle").Select(c => c.Name("sl-SI")).ToHashSet();
        Assert.DoesNotContain(results.Take(3), news.Contains);
    }

    /// <summary>A threat by someone at home, said with the relative first ("sin mi grozi"), is violence, not a word to match.</summary>
    [Theory]
    [InlineData("sin mi grozi")]
    [InlineData("mož mi grozi")]
    public async Task A_threat_from_a_relative_finds_help_against_violence(string query)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/iskanje/?q=" + Uri.EscapeDataString(query)));
        string[] violence = ["Ukrepi za varstvo pred nasiljem v družini", "SOS telefon za ženske in otroke – žrtve nasilja 080 11 55", "Pomoč žrtvam nasilja", "Prijava nasilja in nujna pomoč policije – 113", "Svetovalnica za žrtve nasilja"];
        var first = Results(html)[0];
        Assert.Contains(first, violence);
        AssertFullMatch(html, first);
    }

    /// <summary>
    /// How older people and their carers say it, each found through the lexicon ("hojco" found nothing at all, "rada bi
    /// imela družbo" and "kdo mi pripelje kosilo" only partial matches, "ata noče v dom" read as a teenager running away).
    /// </summary>
    [Theory]
    [InlineData("kdo mi pripelje kosilo", "Pomoč družini na domu – socialna oskrba na domu")]
    [InlineData("kdo mi bo pomagal, ko ne bom več mogla sama", "Pomoč družini na domu – socialna oskrba na domu")]
    [InlineData("ata noče v dom", "Pomoč družini na domu – socialna oskrba na domu")]
    [InlineData("ne morem več skrbeti za moža", "Pomoč družini na domu – socialna oskrba na domu")]
    [InlineData("rabim hojco", "Medicinski pripomočki")]
    [InlineData("rada bi imela družbo", "Medgeneracijski center Hiša sožitja")]
    public async Task Older_peoples_own_words_find_the_care_they_ask_for(string query, string expected)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await ResultsOf(client, "sl", query);
        Assert.Contains(expected, results.Take(3));
    }

    /// <summary>
    /// A care home by its English names: "nursing home" had community nursing first (its name holds "nursing – home"),
    /// "care home" the home help ("care at home"). A refugee is not a women's refuge (both stem to "refug").
    /// </summary>
    [Theory]
    [InlineData("nursing home", "Residential care", "Community nursing – home visits")]
    [InlineData("care home", "Residential care", "Community nursing – home visits")]
    [InlineData("refugee", "Psychosocial support for refugees and migrants", "Safe house")]
    [InlineData("women's refuge", "Safe house", "Psychosocial support for refugees and migrants")]
    public async Task English_names_of_a_place_find_that_place_not_a_lookalike(string query, string expected, string lookalike)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var results = await ResultsOf(client, "en", query);
        Assert.Contains(expected, results.Take(2));
        Assert.DoesNotContain(lookalike, results.Take(3));
    }

    /// <summary>"No idea" and "nimam pojma" say "I don't know": read as words to match, "idea" and "pojma" made every result partial.</summary>
    [Theory]
    [InlineData("en", "no idea where to go for help", "First help and guidance")]
    [InlineData("sl", "nimam pojma kam naj se obrnem", "Prva pomoč in usmeritev v stiski")]
    public async Task Not_knowing_where_to_turn_said_another_way_gets_first_help(string lang, string query, string first)
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync((lang == "sl" ? "/sl/iskanje/" : "/en/search/") + "?q=" + Uri.EscapeDataString(query)));
        Assert.Equal(first, Results(html)[0]);
        AssertFullMatch(html, first);
    }

    [Fact]
    public async Task English_queries_fall_back_to_the_slovenian_text_in_the_engine_for_the_site_and_the_delivery_api()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/en/search/?q=brezplacna+pravna+pomoc"));
        Assert.NotEmpty(Results(page));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/umbraco/delivery/api/v2/content?filter=text:brezplacna%20pravna%20pomoc");
        request.Headers.Add("Accept-Language", "en-US");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Lexicon_items_are_content_of_no_route_neither_the_site_nor_the_delivery_api_shows()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var entry = app.Snapshot.All.First(c => c.ContentType.Alias == LayLexicon.ContentType);
        Assert.False(app.Snapshot.IsRoutable(entry, "sl-SI"));
        Assert.True(LayLexicon.Of(app.Snapshot).Entries.Count >= 150);
        using var item = await client.GetAsync($"/umbraco/delivery/api/v2/content/item/{entry.Key}");
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        var all = await client.GetStringAsync("/umbraco/delivery/api/v2/content?take=100&filter=contentType:layTerm");
        Assert.DoesNotContain(entry.Key.ToString(), all, StringComparison.Ordinal);
    }

    /// <summary>The names of a public search's results, in order; a search that finds nothing fails here.</summary>
    /// <summary>Partial matches follow a note on the results page; a full match stands before it.</summary>
    private static void AssertFullMatch(string html, string result)
    {
        var note = html.IndexOf("class=\"partial-note\"", StringComparison.Ordinal);
        Assert.True(note < 0 || note > html.IndexOf(">" + result + "<", StringComparison.Ordinal), $"\"{result}\" is only a partial match");
    }

    internal static async Task<List<string>> ResultsOf(HttpClient client, string lang, string query)
    {
        var path = lang == "sl" ? "/sl/iskanje/" : "/en/search/";
        var results = Results(WebUtility.HtmlDecode(await client.GetStringAsync(path + "?q=" + Uri.EscapeDataString(query))));
        Assert.NotEmpty(results);
        return results;
    }

    internal static List<string> Results(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<li class=\"card(?: service-card[^\"]*)?\"[^>]*>\\s*<h3[^>]*><a href=\"[^\"]*\"[^>]*>([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();

    private static string Name(CmsApplication app, string slovenianNamePart, string culture) =>
        app.Snapshot.All.First(c => c.ContentType.Alias is "service" or "organisation" && (c.Name("sl-SI") ?? "").Contains(slovenianNamePart, StringComparison.OrdinalIgnoreCase)).Name(culture)!;
}
