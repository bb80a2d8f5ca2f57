using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Seo;

namespace NmZaMe.Web.Site.News;

public sealed class NewsArticlePage(SiteContext site) : SitePage(site)
{
    public required NewsItem Article { get; init; }

    public Localized? Body { get; init; }

    public static NewsArticlePage Build(SiteContext site, PublishedContent article)
    {
        var item = NewsItem.From(site, article);
        return new NewsArticlePage(site)
        {
            Title = item.Name,
            Description = item.Summary,
            Article = item,
            Body = RichTextHeadings.Fit(site.RichText(article, "body"), 2),
            OgType = "article",
            JsonLd = StructuredData.Article(site, article, item.Url),
        };
    }
}
