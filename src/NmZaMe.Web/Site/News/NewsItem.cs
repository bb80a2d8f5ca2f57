using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.News;

public sealed record NewsItem(string Name, string Url, DateTime Date, string? Summary)
{
    /// <summary>Published articles in this language, newest first.</summary>
    public static IEnumerable<NewsItem> Latest(SiteContext site) =>
        site.OfType("newsArticle")
            .Select(a => From(site, a))
            .OrderByDescending(n => n.Date);

    public static NewsItem From(SiteContext site, PublishedContent article) =>
        new(site.Name(article), site.Url(article)!, SiteContext.Date(article, "publishDate") ?? article.CreateDate, site.Text(article, "summary"));
}
