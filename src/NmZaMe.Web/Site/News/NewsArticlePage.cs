using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Seo;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.News;

public sealed class NewsArticlePage(SiteContext site) : SitePage(site)
{
    public required NewsItem Article { get; init; }

    public Localized? Body { get; init; }

    public PickedImage? Image { get; init; }

    public static NewsArticlePage Build(SiteContext site, PublishedContent article)
    {
        var item = NewsItem.From(site, article);
        return new NewsArticlePage(site)
        {
            Title = item.Name,
            Description = item.Summary,
            Article = item,
            Body = RichTextHeadings.Fit(site.RichText(article, "body"), 2),
            Image = PickedImage.Of(site, article, "image", string.Empty),
            OgType = "article",
            JsonLd = StructuredData.Article(site, article, item.Url),
        };
    }
}
