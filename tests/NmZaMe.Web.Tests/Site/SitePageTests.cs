using System.Net;
using System.Text.RegularExpressions;

namespace NmZaMe.Web.Tests.Site;

/// <summary>Every page type of the public site over HTTP, on the seed catalogue, in both languages.</summary>
public sealed class SitePageTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Violence = "/sl/zivljenjske-situacije/nasilje/";
    private const string SafeHouse = "/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/";
    private const string Office = "/sl/organizacije/pisarna-lokalne-blaginje/";

    public static TheoryData<string, string> Pages() => new()
    {
        { "/sl/", "Kaj potrebujete?" },
        { "/en/", "What do you need?" },
        { "/sl/zivljenjske-situacije/", "Starost in oskrba" },
        { Violence, "Število storitev" },
        { "/en/life-challenges/violence/", "Number of services" },
        { "/sl/organizacije/", "Pisarna lokalne blaginje" },
        { Office, "Gubčeva ulica 15" },
        { SafeHouse, "Kako do storitve" },
        { "/en/organisations/life-without-violence-association/safe-house/", "How to apply" },
        { "/sl/iskanje/?q=nasilje", "Rezultati iskanja" },
        { "/sl/novice/", "Novice" },
        { "/sl/izjava-o-dostopnosti/", "Izjava o dostopnosti" },
        { "/sl/pisarna-lokalne-blaginje/", "Pisarna lokalne blaginje" },
        { "/sl/moj-seznam/", "Moj seznam storitev" },
        { "/en/my-list/", "My list of services" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_renders_with_its_content_security_headers_and_no_cookie(string url, string expected)
    {
        var response = await seed.Client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_weight_with_its_css_and_js_compressed_is_under_100_KB(string url, string expected)
    {
        _ = expected;
        var html = await CompressedAsync(url);
        var text = await seed.Client.GetStringAsync(url);
        var assets = System.Text.RegularExpressions.Regex.Matches(text, "(?:href|src)=\"(/site\\.(?:css|js)\\?v=[^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        var total = html;
        foreach (var asset in assets)
        {
            total += await CompressedAsync(WebUtility.HtmlDecode(asset));
        }

        Assert.Equal(2, assets.Length);
        Assert.True(total < 100 * 1024, $"{url} weighs {total} bytes compressed");
    }

    private async Task<long> CompressedAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var response = await seed.Client.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    [Fact]
    public async Task Root_redirects_to_the_Slovenian_home_page()
    {
        var response = await seed.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sl/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Home_shows_the_office_contact_and_hours_tiles_and_latest_news()
    {
        var html = await seed.GetHtmlAsync("/sl/");

        Assert.Contains("href=\"tel:073939233\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:plb@novomesto.si\"", html, StringComparison.Ordinal);
        Assert.Contains("Uradne ure", html, StringComparison.Ordinal);
        Assert.Contains("8:00–15:00", html, StringComparison.Ordinal);
        Assert.Equal(14, CountOf(html, "class=\"tile\""));
        Assert.Contains("href=\"/sl/novice/", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"WebSite\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Life_challenge_filters_are_get_parameters_with_counts_and_narrow_the_list()
    {
        var all = await seed.GetHtmlAsync(Violence);
        var children = await seed.GetHtmlAsync(Violence + "?group=otroci");

        Assert.Contains("<form class=\"filters no-print\" method=\"get\"", all, StringComparison.Ordinal);
        Assert.Contains("<select id=\"filter-group\" name=\"group\">", all, StringComparison.Ordinal);
        Assert.Matches(@"otroci \(\d+\)", all);
        Assert.Contains("name=\"open\" value=\"1\"", all, StringComparison.Ordinal);
        Assert.True(CountOf(children, "class=\"card service-card\"") < CountOf(all, "class=\"card service-card\""));
        Assert.Contains("value=\"otroci\" selected=\"selected\"", children, StringComparison.Ordinal);
        Assert.Contains("Počisti izbiro", children, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?cost=nekaj-cisto-drugega")]
    [InlineData("?group=&municipality=%00&open=maybe")]
    [InlineData("?cost=brezpla%C4%8Dno&cost=pla%C4%8Dljivo")]
    public async Task Unknown_filter_values_show_the_unfiltered_page(string query)
    {
        var response = await seed.Client.GetAsync(Violence + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"card service-card\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_page_has_everything_to_act()
    {
        var html = await seed.GetHtmlAsync(SafeHouse);

        Assert.Contains("<h1>Varna hiša</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Komu je namenjena", html, StringComparison.Ordinal);
        Assert.Contains("brezplačno", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:113\"", html, StringComparison.Ordinal);
        Assert.Contains("Preverjeno: <time datetime=\"2026-03-25\">25. 3. 2026</time>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"suggest-correction\" href=\"/sl/predlagaj-popravek?item=", html, StringComparison.Ordinal);
        Assert.Contains("Predlagaj popravek", html, StringComparison.Ordinal);
        Assert.Contains("Naslov je zaradi varnosti uporabnikov zaupen", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Service\"", html.Replace("\\u0022", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost" + SafeHouse + "\">", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" href=\"http://localhost/en/organisations/life-without-violence-association/safe-house/\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Varna hiša\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_page_falls_back_to_Slovenian_text_marked_as_such()
    {
        // The seed has English for every text, so one English value is taken out to see the fallback.
        using var usync = TestUSync.Full();
        var service = usync.PathOf("Content/varna-hisa.config");
        File.WriteAllText(service, Regex.Replace(File.ReadAllText(service),
            "(<howToApply>\\s*<Value Culture=\"sl-SI\">.*?</Value>)\\s*<Value Culture=\"en-US\">.*?</Value>", "$1", RegexOptions.Singleline));
        using var app = new CmsApplication(usync.Folder);
        var client = await app.StartAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/en/organisations/life-without-violence-association/safe-house/"));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("In the safe house, a woman and her children can live safely", html, StringComparison.Ordinal);
        Assert.Contains("class=\"untranslated\" lang=\"sl\"", html, StringComparison.Ordinal);
        Assert.Contains("Za sprejem v varno hišo", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/\" hreflang=\"sl\" lang=\"sl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_page_groups_hours_by_kind_and_links_contacts()
    {
        var html = await seed.GetHtmlAsync(Office);

        Assert.Contains("<dt>Uradne ure</dt>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:073939233\"", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"GovernmentOrganization\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_shows_results_with_marked_snippets_and_facets()
    {
        var html = await seed.GetHtmlAsync("/sl/iskanje/?q=nasilje");

        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"results\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("Zožite izbor", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_results_is_never_a_dead_end()
    {
        var html = await seed.GetHtmlAsync("/sl/iskanje/?q=" + Uri.EscapeDataString("qqxzv zzkwy"));

        Assert.Contains("Za to iskanje nismo našli ničesar.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:073939233\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"tile\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printable_list_shows_the_chosen_services_only()
    {
        var safeHouse = seed.Find("service", "Varna hiša");
        var html = await seed.GetHtmlAsync($"/sl/moj-seznam/?id={safeHouse}&id=not-a-guid&id={Guid.NewGuid()}");

        Assert.Contains("Varna hiša", html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(html, "class=\"print-item\""));
        Assert.Contains("href=\"/en/my-list/?list=" + NmZaMe.Web.Site.PrintList.ChosenList.ShortId(safeHouse) + "\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sl/ta-stran-ne-obstaja/", "Te strani ni mogoče najti")]
    [InlineData("/en/no-such-page/", "This page cannot be found")]
    [InlineData("/kar-nekaj", "Te strani ni mogoče najti")]
    [InlineData("/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/x/y/z/", "Te strani ni mogoče najti")]
    public async Task Unknown_pages_get_the_friendly_404_with_a_search_box(string url, string expected)
    {
        var response = await seed.Client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Missing_trailing_slash_redirects_permanently_to_the_canonical_address()
    {
        var response = await seed.Client.GetAsync("/sl/zivljenjske-situacije/nasilje?cost=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Violence + "?cost=x", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sitemap_lists_pages_in_both_languages_with_alternates()
    {
        var response = await seed.Client.GetAsync("/sitemap.xml");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<loc>http://localhost" + SafeHouse + "</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" href=\"http://localhost/en/organisations/life-without-violence-association/safe-house/\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("iskanje", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_points_at_the_sitemap_and_keeps_crawlers_out_of_the_back_office()
    {
        var text = await seed.Client.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /umbraco/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_assets_are_fingerprinted_and_cached_for_a_year()
    {
        var html = await seed.Client.GetStringAsync("/sl/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        var js = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/site\\.js\\?v=[^\"]+)\"").Groups[1].Value;

        foreach (var url in new[] { css, js })
        {
            Assert.NotEmpty(url);
            var response = await seed.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_are_compressed_when_the_browser_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Violence);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var response = await seed.Client.SendAsync(request);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task Hsts_is_sent_over_https()
    {
        var client = seed.App.CreateClient(new() { BaseAddress = new Uri("https://nmzame.test"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/sl/");

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
