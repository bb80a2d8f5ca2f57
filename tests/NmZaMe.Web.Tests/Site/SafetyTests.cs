using System.Net;
using AngleSharp.Html.Parser;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site;

namespace NmZaMe.Web.Tests.Site;

/// <summary>Emergency numbers everywhere, tappable numbers in rich text, and the quick exit on sensitive pages.</summary>
public sealed class SafetyTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Violence = "/sl/zivljenjske-situacije/nasilje/";
    private const string SafeHouseOrganisation = "/sl/organizacije/drustvo-zivljenje-brez-nasilja/";

    [Theory]
    [InlineData("/sl/", "V nevarnosti?")]
    [InlineData("/en/", "In danger?")]
    [InlineData("/sl/zivljenjske-situacije/starost-in-oskrba/", "V nevarnosti?")]
    [InlineData("/en/search/?q=help", "In danger?")]
    [InlineData("/sl/organizacije/pisarna-lokalne-blaginje/", "V nevarnosti?")]
    [InlineData("/sl/ni-take-strani/", "V nevarnosti?")]
    public async Task Every_page_has_the_crisis_strip_in_its_header(string url, string lead)
    {
        using var response = await seed.Client.GetAsync(url);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var strip = document.QuerySelector("header.site-header .crisis");
        Assert.NotNull(strip);
        Assert.Contains(lead, strip!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["tel:112", "tel:113"], strip.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Phone_numbers_in_rich_text_are_links_on_the_site_but_not_in_the_delivery_api()
    {
        var html = await seed.GetHtmlAsync(Violence);
        var api = (await seed.GetJsonAsync($"/umbraco/delivery/api/v2/content/item/{seed.Find("lifeChallenge", "Nasilje")}"))
            .GetProperty("properties").GetProperty("body").GetProperty("markup").GetString()!;

        Assert.Contains("<strong><a href=\"tel:113\">113</a></strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:116111\">116 111</a>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>113</strong>", api, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", api, StringComparison.Ordinal);
    }

    public static TheoryData<string> SensitivePages() => new()
    {
        Violence,
        "/en/life-challenges/violence/",
        "/sl/zivljenjske-situacije/dusevno-zdravje/",
        "/sl/zivljenjske-situacije/zasvojenost/",
        SafeHouseOrganisation,
        SafeHouseOrganisation + "varna-hisa/",
    };

    [Theory]
    [MemberData(nameof(SensitivePages))]
    public async Task A_sensitive_page_starts_with_the_quick_exit_and_has_a_neutral_title(string url)
    {
        var html = await seed.Client.GetStringAsync(url);
        var document = new HtmlParser().ParseDocument(html);

        var first = document.Body!.QuerySelectorAll("a[href], button, input, select, textarea, [tabindex]").First();
        Assert.Equal("quick-exit-button", first.ClassName);
        Assert.Equal("/ura/", first.GetAttribute("href"));
        Assert.Contains("noreferrer", first.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main .safe-browsing"));
        var title = document.Title!;
        Assert.Matches(url.StartsWith("/en/", StringComparison.Ordinal) ? "^Help and support – " : "^Pomoč in podpora – ", title);
        var name = document.QuerySelector("h1")!.TextContent;
        Assert.DoesNotContain(name, title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Services_under_a_sensitive_situation_and_their_organisations_have_the_quick_exit()
    {
        var snapshot = seed.App.Snapshot;
        var violence = seed.Find("lifeChallenge", "Nasilje");
        var service = snapshot.All.First(c => c.ContentType.Alias == "service"
            && (c.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys.Contains(violence) == true
            && !Address.IsConfidential(snapshot.Get(c.ParentKey!.Value)!));
        var organisation = snapshot.Get(service.ParentKey!.Value)!;

        foreach (var item in new[] { service, organisation })
        {
            var html = await seed.GetHtmlAsync("/sl" + snapshot.Route(item, "sl-SI"));
            Assert.Contains("class=\"quick-exit-button\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/sl/")]
    [InlineData("/sl/zivljenjske-situacije/starost-in-oskrba/")]
    [InlineData("/sl/organizacije/pisarna-lokalne-blaginje/")]
    [InlineData("/sl/iskanje/?q=nasilje")]
    public async Task Other_pages_have_no_quick_exit(string url)
    {
        var html = await seed.GetHtmlAsync(url);

        Assert.DoesNotContain("quick-exit-button", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quick_exit_leads_to_a_neutral_page_that_reveals_nothing()
    {
        using var response = await seed.Client.GetAsync("/ura/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Ura in datum</title>", html, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        foreach (var word in new[] { "nasilje", "blaginj", "pomoč", "V nevarnosti", "Novo mesto za me" })
        {
            Assert.DoesNotContain(word, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/ura/", true)]
    [InlineData("https://www.arso.gov.si/vreme/", true)]
    [InlineData("http://example.com/", true)]
    [InlineData("", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("ura", false)]
    public void Only_a_web_address_or_a_local_path_may_be_the_exit(string url, bool valid)
    {
        Assert.Equal(valid, NmZaMe.Web.Site.SiteOptions.IsValidExit(url));
    }
}
