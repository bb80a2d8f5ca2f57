using NmZaMe.Web.Site.News;
using NmZaMe.Web.Site.Seo;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.Home;

public sealed class HomePage(SiteContext site) : SitePage(site)
{
    public Localized? Intro { get; init; }

    public required IReadOnlyList<LifeChallengeTile> Tiles { get; init; }

    public OfficeInfo? Office { get; init; }

    public required IReadOnlyList<NewsItem> LatestNews { get; init; }

    public string? NewsUrl { get; init; }

    public static HomePage Build(SiteContext site) => new(site)
    {
        Title = site.SiteName,
        Description = site.PlainText(site.Root, "intro") is { } intro ? Truncate(intro, 160) : null,
        Intro = site.RichText(site.Root, "intro"),
        Tiles = LifeChallengeTile.All(site),
        Office = OfficeInfo.From(site),
        LatestNews = NewsItem.Latest(site).Take(3).ToArray(),
        NewsUrl = site.FirstOfType("newsFolder") is { } folder ? site.Url(folder) : null,
        JsonLd = StructuredData.WebSite(site),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
