using System.Net;
using System.Text.RegularExpressions;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// Long lists on the public site with a catalogue far larger than the seed: a life situation with 300 services and
/// 60 organisations. Pages stay under 100 KB of HTML, group services by kind of help, page with plain links that
/// keep the filters, and cards carry a phone to tap, the cost and open or closed.
/// </summary>
public sealed partial class ListingTests(ListingCatalogue catalogue) : IClassFixture<ListingCatalogue>
{
    private const int MaxHtmlBytes = 100 * 1024;

    [Fact]
    public async Task Every_page_of_a_life_situation_with_300_services_is_under_100_KB_and_shows_20_cards()
    {
        var first = await GetAsync(ListingCatalogue.Challenge);
        var pages = PageNumbers(first.Html).Max();
        Assert.Equal((int)Math.Ceiling(ListingCatalogue.Services / 20.0), pages);

        var seen = new HashSet<string>();
        for (var page = 1; page <= pages; page++)
        {
            var (html, bytes) = await GetAsync(ListingCatalogue.Challenge + (page == 1 ? "" : $"?page={page}"));
            Assert.True(bytes < MaxHtmlBytes, $"page {page} is {bytes} bytes of HTML");
            var names = CardNames(html);
            Assert.Equal(page < pages ? 20 : ListingCatalogue.Services - (20 * (pages - 1)), names.Count);
            foreach (var name in names)
            {
                Assert.True(seen.Add(name), $"{name} is on two pages");
            }
        }

        Assert.Equal(ListingCatalogue.Services, seen.Count);
    }

    [Fact]
    public async Task Services_come_grouped_by_kind_of_help_in_the_data_types_order_with_other_services_last()
    {
        var headings = new List<string>();
        for (var page = 1; page <= 15; page++)
        {
            var (html, _) = await GetAsync(ListingCatalogue.Challenge + $"?page={page}");
            headings.AddRange(GroupHeading().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        }

        var distinct = headings.Distinct().ToArray();
        var expected = catalogue.Topics.Select(t => char.ToUpperInvariant(t[0]) + t[1..]).Append("Druge storitve").ToArray();
        Assert.Equal(expected, distinct);
        Assert.True(headings.SequenceEqual(headings.OrderBy(h => Array.IndexOf(expected, h))), "a kind of help comes back after another one");
    }

    [Fact]
    public async Task The_filters_stay_in_every_pager_link_and_the_current_page_is_marked()
    {
        var (html, _) = await GetAsync(ListingCatalogue.Challenge + "?group=starej%C5%A1i&cost=brezpla%C4%8Dno&page=2");

        var pager = Regex.Match(html, "<nav class=\"pager[^\"]*\" aria-label=\"([^\"]+)\">(.*?)</nav>", RegexOptions.Singleline);
        Assert.True(pager.Success, "a pager");
        var links = Regex.Matches(pager.Groups[2].Value, "href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains("group=starej%C5%A1i", l, StringComparison.Ordinal));
        Assert.All(links, l => Assert.Contains("cost=brezpla%C4%8Dno", l, StringComparison.Ordinal));
        Assert.Matches("<a href=\"[^\"]*page=2[^\"]*\" aria-current=\"page\" aria-label=\"Stran 2\">2</a>", pager.Groups[2].Value);
        // Every 2nd service is for older people and two in three are free: services 2, 4, 8, 10, … (100 of them).
        Assert.Contains("Število storitev: 100", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_of_help_is_a_link_that_keeps_the_other_filters_and_the_filter_form_keeps_it()
    {
        var topic = catalogue.Topics[0];
        var (html, _) = await GetAsync(ListingCatalogue.Challenge + "?group=starej%C5%A1i&topic=" + Uri.EscapeDataString(topic));

        var nav = Regex.Match(html, "<nav class=\"topics[^\"]*\" aria-label=\"Vrste pomoči\">(.*?)</nav>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("aria-current=\"true\">" + char.ToUpperInvariant(topic[0]) + topic[1..], WebUtility.HtmlDecode(nav), StringComparison.Ordinal);
        Assert.All(Regex.Matches(nav, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value), l => Assert.Contains("group=starej%C5%A1i", l, StringComparison.Ordinal));
        Assert.Contains($"<input type=\"hidden\" name=\"topic\" value=\"{topic}\">", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // Kind 0 and for older people: services 0, 26, 52, … except those without a kind (every 7th).
        var expected = Enumerable.Range(0, ListingCatalogue.Services).Count(i => i % 2 == 0 && i % 7 != 6 && i % catalogue.Topics.Count == 0);
        Assert.Contains($"Število storitev: {expected}", html, StringComparison.Ordinal);
        Assert.Equal(expected, CardNames(html).Count);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_odd_values_do_not_break_the_page()
    {
        var (last, _) = await GetAsync(ListingCatalogue.Challenge + "?page=9999999999&topic=%00&group=x");
        var (fifteen, _) = await GetAsync(ListingCatalogue.Challenge + "?page=15");

        Assert.Equal(CardNames(fifteen), CardNames(last));
    }

    [Fact]
    public async Task Cards_show_the_services_phone_or_else_its_providers_and_the_cost()
    {
        var html = await AllCards();

        // Service 1 has its own phone; service 2 has none but its provider (organisation 2) has one; service 3 has neither.
        Assert.Matches(Card(1, "<a class=\"tel\" href=\"tel:074000001\">07 400 00 01</a>"), html);
        Assert.Matches(Card(2, "<a class=\"tel\" href=\"tel:073000002\">07 300 00 02</a>"), html);
        Assert.DoesNotMatch(Card(3, "class=\"tel\""), html);
        Assert.Matches(Card(3, "<span class=\"badge\">plačljivo</span>"), html);
    }

    [Fact]
    public async Task A_round_the_clock_provider_is_open_now_a_provider_open_on_another_day_is_closed_and_no_hours_say_nothing()
    {
        var html = await AllCards();

        Assert.Matches(Card(0, "Odprto zdaj"), html);
        Assert.Matches(Card(1, "Zaprto zdaj"), html);
        Assert.DoesNotMatch(Card(2, "Odprto zdaj|Zaprto zdaj"), html);

        var (open, _) = await GetAsync(ListingCatalogue.Challenge + "?open=1");
        Assert.Contains($"Število storitev: {ListingCatalogue.Services / ListingCatalogue.Organisations}", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organisation_list_pages_by_fifty_and_by_first_letter_under_100_KB()
    {
        var (first, bytes) = await GetAsync("/sl/organizacije/");
        var (second, _) = await GetAsync("/sl/organizacije/?page=2");
        var (letter, _) = await GetAsync("/sl/organizacije/?letter=%C4%8C");

        Assert.True(bytes < MaxHtmlBytes, $"{bytes} bytes");
        Assert.Equal(50, OrganisationNames(first).Count);
        Assert.Equal(ListingCatalogue.Organisations - 50, OrganisationNames(second).Count);
        Assert.Empty(OrganisationNames(first).Intersect(OrganisationNames(second)));
        Assert.Matches("<nav class=\"letters[^\"]*\" aria-label=\"Po začetnici\">", first);
        Assert.Contains("aria-current=\"true\">Č</a>", letter, StringComparison.Ordinal);
        Assert.All(OrganisationNames(letter), n => Assert.StartsWith("Č", n, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, ListingCatalogue.Organisations).Count(i => ListingCatalogue.OrganisationName(i).StartsWith('Č')), OrganisationNames(letter).Count);
        Assert.Contains("<a class=\"tel\" href=\"tel:073000000\">07 300 00 00</a>", first, StringComparison.Ordinal);
    }

    private async Task<string> AllCards()
    {
        var all = new System.Text.StringBuilder();
        for (var page = 1; page <= 15; page++)
        {
            all.Append((await GetAsync(ListingCatalogue.Challenge + $"?page={page}")).Html);
        }

        return all.ToString();
    }

    /// <summary>Matches <paramref name="inner"/> inside the card of service <paramref name="i"/>.</summary>
    private static Regex Card(int i, string inner) =>
        new($"<li class=\"card service-card[^\"]*\" id=\"card-[0-9a-f]+\">\\s*<h[34] class=\"card-title\"><a href=\"[^\"]+\">{ListingCatalogue.ServiceName(i)}</a>((?!</li>).)*({inner})", RegexOptions.Singleline);

    private async Task<(string Html, int Bytes)> GetAsync(string url)
    {
        using var response = await catalogue.Client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return (System.Text.Encoding.UTF8.GetString(bytes), bytes.Length);
    }

    private static List<string> CardNames(string html) =>
        CardName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static List<string> OrganisationNames(string html) =>
        Regex.Matches(html, "<h2 class=\"card-title\"><a href=\"[^\"]+\">([^<]+)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static IEnumerable<int> PageNumbers(string html) =>
        Regex.Matches(html, "aria-label=\"Stran (\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex("<h[34] class=\"card-title\"><a href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex CardName();

    [GeneratedRegex("<h3 class=\"group-heading\">([^<]+)</h3>")]
    private static partial Regex GroupHeading();
}
