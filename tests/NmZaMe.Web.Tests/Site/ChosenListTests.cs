using System.Net;
using System.Text.RegularExpressions;
using NmZaMe.Web.Site.PrintList;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// The list a social worker prints: filled from any page, carried in the address from page to page (no cookie,
/// nothing stored), and printed with what a person needs on paper.
/// </summary>
public sealed partial class ChosenListTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Violence = "/sl/zivljenjske-situacije/nasilje/";
    private const string OldAge = "/sl/zivljenjske-situacije/starost-in-oskrba/";

    [Theory]
    [InlineData(Violence)]
    [InlineData("/sl/")]
    [InlineData("/sl/iskanje/?q=demenca")]
    [InlineData("/sl/organizacije/")]
    [InlineData("/sl/organizacije/pisarna-lokalne-blaginje/")]
    [InlineData("/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/")]
    [InlineData("/sl/novice/")]
    [InlineData("/sl/izjava-o-dostopnosti/")]
    public async Task Every_site_link_and_get_form_carries_the_list_on(string page)
    {
        var safeHouse = Id("Varna hiša");
        var url = page + (page.Contains('?') ? "&" : "?") + "list=" + safeHouse;

        var html = await seed.GetHtmlAsync(url);

        var siteLinks = Regex.Matches(html, "<a [^>]*href=\"(/(?:sl|en)/[^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(siteLinks);
        Assert.All(siteLinks, l => Assert.Contains("list=", l, StringComparison.Ordinal));
        foreach (Match form in Regex.Matches(html, "<form [^>]*action=\"/(?:sl|en)/[^\"]*\"[^>]*>(.*?)</form>", RegexOptions.Singleline))
        {
            Assert.Contains($"<input name=\"list\" type=\"hidden\" value=\"{safeHouse}\" />", form.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_list_links_stay_as_they_were()
    {
        var html = await seed.GetHtmlAsync(Violence);

        Assert.DoesNotContain("list=", Regex.Replace(html, "class=\"list-toggle\" href=\"[^\"]*\"", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_life_situations_and_a_search_fill_one_list_by_following_the_pages_own_links()
    {
        // Violence: add the safe house.
        var page = await seed.GetHtmlAsync(Violence);
        var next = ToggleFor(page, "Varna hiša");
        Assert.EndsWith("#card-" + Id("Varna hiša"), next, StringComparison.Ordinal);
        page = await seed.GetHtmlAsync(next);
        Assert.Contains("Na vašem seznamu: 1", page, StringComparison.Ordinal);

        // A filter keeps what was added before it.
        var filtered = await seed.GetHtmlAsync(Violence + "?group=otroci&list=" + Id("Varna hiša"));
        Assert.Contains("Na vašem seznamu: 1", filtered, StringComparison.Ordinal);

        // The menu leads on with the list; the second life situation adds one more.
        var lifeSituations = Regex.Match(page, "<a href=\"(/sl/zivljenjske-situacije/\\?list=[^\"]+)\">Življenjske situacije</a>").Groups[1].Value;
        Assert.NotEmpty(lifeSituations);
        var list = await seed.GetHtmlAsync(lifeSituations);
        var oldAge = Regex.Match(list, "href=\"(/sl/zivljenjske-situacije/starost-in-oskrba/\\?list=[^\"]+)\"").Groups[1].Value;
        page = await seed.GetHtmlAsync(oldAge);
        page = await seed.GetHtmlAsync(ToggleFor(page, "Svetovanje svojcem oseb z demenco"));
        Assert.Contains("Na vašem seznamu: 2", page, StringComparison.Ordinal);

        // The menu's search page and its form carry the list; a result adds a third.
        var searchPage = Regex.Match(page, "<a href=\"(/sl/iskanje/\\?list=[^\"]+)\">Iskanje</a>").Groups[1].Value;
        Assert.NotEmpty(searchPage);
        page = await seed.GetHtmlAsync(searchPage);
        var hidden = Regex.Match(page, "<form class=\"search-box\"[^>]*>.*?<input name=\"list\" type=\"hidden\" value=\"([^\"]+)\" />", RegexOptions.Singleline);
        Assert.True(hidden.Success, "the search form carries the list");
        page = await seed.GetHtmlAsync("/sl/iskanje/?q=pravna+pomoc&list=" + hidden.Groups[1].Value);
        page = await seed.GetHtmlAsync(ToggleFor(page, "Brezplačna pravna pomoč"));
        Assert.Contains("Na vašem seznamu: 3", page, StringComparison.Ordinal);

        var print = Regex.Match(page, "<a class=\"list-open\" href=\"([^\"]+)\">").Groups[1].Value;
        var printed = await seed.GetHtmlAsync(print);
        Assert.Equal(["Varna hiša", "Svetovanje svojcem oseb z demenco", "Brezplačna pravna pomoč"], PrintedNames(printed));
    }

    [Fact]
    public async Task Removing_from_the_list_and_the_service_pages_own_link()
    {
        var safeHouse = Id("Varna hiša");
        var service = await seed.GetHtmlAsync("/sl/organizacije/drustvo-zivljenje-brez-nasilja/varna-hisa/");
        var add = Regex.Match(service, "<a class=\"list-toggle\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("list=" + safeHouse, add, StringComparison.Ordinal);

        var added = await seed.GetHtmlAsync(add);
        Assert.Contains(">Odstrani s seznama<", added, StringComparison.Ordinal);
        var remove = Regex.Match(added, "<a class=\"list-toggle\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.DoesNotContain(safeHouse, remove.Split('#')[0], StringComparison.Ordinal);
        Assert.Contains(">Dodaj na seznam<", await seed.GetHtmlAsync(remove), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printout_has_the_date_full_addresses_contacts_and_hours_the_office_and_room_for_notes()
    {
        var office = Id("Prva pomoč in usmeritev v stiski");
        var safeHouse = Id("Varna hiša");
        var html = await seed.GetHtmlAsync($"/sl/moj-seznam/?list={office}.{safeHouse}.ffffffffffff&list=not-an-id");

        Assert.Equal(["Prva pomoč in usmeritev v stiski", "Varna hiša"], PrintedNames(html));
        Assert.Matches("Natisnjeno: <time datetime=\"\\d{4}-\\d{2}-\\d{2}\">\\d{1,2}\\. \\d{1,2}\\. \\d{4}</time>", html);
        Assert.Contains("<p class=\"url\">http://localhost/sl/organizacije/pisarna-lokalne-blaginje/prva-pomoc-in-usmeritev-v-stiski/</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"url\">http://localhost/sl/moj-seznam/?list={office}.{safeHouse}</p>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:073939233\"", html, StringComparison.Ordinal);
        Assert.Contains("Uradne ure", html, StringComparison.Ordinal);
        Assert.Contains("Gubčeva ulica 15", html, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"notes\"", html, StringComparison.Ordinal);
        // Without JavaScript the page says how to print; site.js puts a Print button in the same place.
        Assert.Matches("<p class=\"print-slot\" data-print-label=\"Natisni\">Za tiskanje v meniju brskalnika", html);
        Assert.Contains($"href=\"/en/my-list/?list={office}.{safeHouse}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Older_addresses_with_service_keys_still_open_the_list()
    {
        var safeHouse = seed.Find("service", "Varna hiša");

        var html = await seed.GetHtmlAsync($"/sl/moj-seznam/?id={safeHouse}&id=not-a-guid&id={Guid.NewGuid()}");

        Assert.Equal(["Varna hiša"], PrintedNames(html));
    }

    [Fact]
    public async Task An_empty_list_says_how_to_fill_it()
    {
        var empty = await seed.GetHtmlAsync("/sl/moj-seznam/");

        Assert.Contains("Na seznamu ni nobene storitve.", empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task A_full_list_of_the_longest_services_is_cut_at_its_limit_and_stays_under_100_KB(string language)
    {
        // The services with the most text to print, and more of them than a list holds.
        var ids = seed.App.Snapshot.All.Where(c => c.ContentType.Alias == "service")
            .OrderByDescending(c => ((c.Value("howToApply", "sl-SI") as NmZaMe.Cms.PublishedCache.RichTextValue)?.Markup.Length ?? 0) + ((c.Value("summary", "sl-SI") as string)?.Length ?? 0))
            .Select(c => ChosenList.ShortId(c.Key)).Take(ChosenList.MaxItems * 2).ToArray();

        using var response = await seed.Client.GetAsync((language == "sl" ? "/sl/moj-seznam/" : "/en/my-list/") + "?list=" + string.Join('.', ids));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChosenList.MaxItems, PrintedNames(WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(bytes))).Count);
        Assert.True(bytes.Length < 100 * 1024, $"{bytes.Length} bytes of HTML");
    }

    private string Id(string serviceName) => ChosenList.ShortId(seed.Find("service", serviceName));

    private static string ToggleFor(string html, string serviceName)
    {
        var match = Regex.Match(html, "<a class=\"list-toggle\" href=\"([^\"]+)\"[^>]*><span class=\"list-toggle-text\">[^<]+</span><span class=\"visually-hidden\">: " + Regex.Escape(serviceName) + "</span>");
        Assert.True(match.Success, $"no list link for {serviceName}");
        return match.Groups[1].Value;
    }

    private static List<string> PrintedNames(string html) =>
        PrintedName().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<article class=\"print-item\"[^>]*>\\s*<h2 id=\"[^\"]+\"><a href=\"[^\"]+\">([^<]+)</a></h2>")]
    private static partial Regex PrintedName();
}
