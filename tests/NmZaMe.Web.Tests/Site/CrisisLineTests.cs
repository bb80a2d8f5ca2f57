using System.Text.RegularExpressions;

namespace NmZaMe.Web.Tests.Site;

/// <summary>
/// The national lines a person in crisis needs (uSync/SOURCES.md) are published services of the seed: reachable from
/// their life situations, callable from their pages, open round the clock where they are, and found by search.
/// </summary>
public sealed partial class CrisisLineTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Violence = "/sl/zivljenjske-situacije/nasilje/";
    private const string MentalHealth = "/sl/zivljenjske-situacije/dusevno-zdravje/";

    public static TheoryData<string, string, string> Lines => new()
    {
        // Slovenian name, the tel: link on its page, the hours (or the note saying them) on its page.
        { "Klic v sili 112", "tel:112", "0:00–24:00" },
        { "Prijava nasilja in nujna pomoč policije – 113", "tel:113", "0:00–24:00" },
        { "SOS telefon za ženske in otroke – žrtve nasilja 080 11 55", "tel:0801155", "0:00–24:00" },
        { "Zaupni telefon Samarijan 116 123", "tel:116123", "0:00–24:00" },
        { "Pogovor ob samomorilnih mislih", "tel:116123", "0:00–24:00" },
        { "TOM telefon za otroke in mladostnike 116 111", "tel:116111", "12:00–20:00" },
        { "Klic v duševni stiski 01 520 99 00", "tel:015209900", "19:00–24:00" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Each_line_is_published_with_a_call_link_and_its_hours_in_both_languages(string name, string tel, string hours)
    {
        var service = seed.App.Snapshot.All.Single(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == name);
        var slovenian = await seed.GetHtmlAsync("/sl" + seed.App.Snapshot.Route(service, "sl-SI"));
        var english = await seed.GetHtmlAsync("/en" + seed.App.Snapshot.Route(service, "en-US"));

        foreach (var html in new[] { slovenian, english })
        {
            Assert.Contains($"href=\"{tel}\"", html, StringComparison.Ordinal);
            Assert.Contains(hours, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Round_the_clock_lines_pass_the_open_now_filter_whatever_the_hour()
    {
        // 00:00–24:00 on all seven days: whenever the test runs, these services are open now.
        var violence = await seed.GetHtmlAsync(Violence + "?open=1");
        var mental = await seed.GetHtmlAsync(MentalHealth + "?open=1");

        Assert.Contains("SOS telefon za ženske in otroke – žrtve nasilja 080 11 55", violence, StringComparison.Ordinal);
        Assert.Contains("Prijava nasilja in nujna pomoč policije – 113", violence, StringComparison.Ordinal);
        Assert.Contains("Klic v sili 112", violence, StringComparison.Ordinal);
        Assert.Contains("Zaupni telefon Samarijan 116 123", mental, StringComparison.Ordinal);
        Assert.Contains("Klic v sili 112", mental, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sl/iskanje/?q=nasilje", "SOS telefon za ženske in otroke – žrtve nasilja 080 11 55")]
    [InlineData("/sl/iskanje/?q=nasilje", "Prijava nasilja in nujna pomoč policije – 113")]
    [InlineData("/sl/iskanje/?q=samomor", "Pogovor ob samomorilnih mislih")]
    [InlineData("/sl/iskanje/?q=samomorilne+misli", "Klic v duševni stiski 01 520 99 00")]
    [InlineData("/sl/iskanje/?q=112", "Klic v sili 112")]
    [InlineData("/sl/iskanje/?q=rešilec", "Klic v sili 112")]
    [InlineData("/en/search/?q=domestic+violence+helpline", "SOS helpline for women and children victims of violence 080 11 55")]
    [InlineData("/en/search/?q=ambulance", "Emergency number 112")]
    public async Task Search_finds_the_line_on_its_first_results_page(string url, string name)
    {
        var html = await seed.GetHtmlAsync(url);

        Assert.Contains(name, ResultTitles(html));
    }

    [Fact]
    public async Task The_police_line_page_also_offers_the_anonymous_line()
    {
        var service = seed.App.Snapshot.All.Single(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Prijava nasilja in nujna pomoč policije – 113");
        var html = await seed.GetHtmlAsync("/sl" + seed.App.Snapshot.Route(service, "sl-SI"));

        Assert.Contains("href=\"tel:0801200\"", html, StringComparison.Ordinal);
        Assert.Contains("Anonimni telefon policije", html, StringComparison.Ordinal);
    }

    private static List<string> ResultTitles(string html) =>
        ResultTitle().Matches(html).Select(m => m.Groups["title"].Value.Trim()).ToList();

    [GeneratedRegex("<h3 class=\"card-title\"><a href=\"[^\"]+\"[^>]*>(?<title>[^<]+)</a>")]
    private static partial Regex ResultTitle();
}
