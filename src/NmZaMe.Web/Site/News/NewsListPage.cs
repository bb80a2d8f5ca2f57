using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.News;

public sealed class NewsListPage(SiteContext site) : SitePage(site)
{
    public required IReadOnlyList<NewsItem> Items { get; init; }

    public static NewsListPage Build(SiteContext site, PublishedContent folder) => new(site)
    {
        Title = site.Name(folder),
        Items = site.Children(folder).Where(c => c.ContentType.Alias == "newsArticle" && site.Url(c) is not null)
            .Select(a => NewsItem.From(site, a)).OrderByDescending(n => n.Date).ToArray(),
    };
}
