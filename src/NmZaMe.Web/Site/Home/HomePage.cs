using NmZaMe.Web.Site.News;
using NmZaMe.Web.Site.Seo;
using NmZaMe.Web.Site.Services;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.Home;

public sealed class HomePage(SiteContext site) : SitePage(site)
{
    public Localized? Intro { get; init; }

    public required IReadOnlyList<LifeChallengeTile> Tiles { get; init; }

    public OfficeInfo? Office { get; init; }

    /// <summary>The office's first phone, right under the question box: on a phone it is on the first screen.</summary>
    public CardPhone? OfficePhone { get; init; }

    public required IReadOnlyList<NewsItem> LatestNews { get; init; }

    public string? NewsUrl { get; init; }

    public static HomePage Build(SiteContext site) => new(site)
    {
        Title = site.SiteName,
        Description = site.PlainText(site.Root, "intro") is { } intro ? Truncate(intro, 160) : null,
        Intro = RichTextHeadings.Fit(site.RichText(site.Root, "intro"), 2),
        Tiles = LifeChallengeTile.All(site),
        Office = OfficeInfo.From(site),
        OfficePhone = OfficeInfo.From(site) is { } office ? CardPhone.First(office.Contacts) : null,
        LatestNews = NewsItem.Latest(site).Take(3).ToArray(),
        NewsUrl = site.FirstOfType("newsFolder") is { } folder ? site.Url(folder) : null,
        JsonLd = StructuredData.WebSite(site),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
