using System.Xml;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Seo;

/// <summary>robots.txt and sitemap.xml (with hreflang alternates), both read from the published snapshot.</summary>
public static class SeoEndpoints
{
    private static readonly HashSet<string> Pages = ["catalogueRoot", "lifeChallengeFolder", "lifeChallenge", "organisationFolder", "organisation", "service", "newsFolder", "newsArticle", "textPage"];

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpRequest request) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /umbraco/\nDisallow: /sl/moj-seznam/\nDisallow: /en/my-list/\n\nSitemap: {BaseUrl(request)}/sitemap.xml\n", "text/plain; charset=utf-8"))
            .CacheOutput(Caching.SiteCache.Policy).ExcludeFromDescription();

        endpoints.MapGet("/sitemap.xml", (HttpRequest request, ISnapshotSource snapshots) =>
            snapshots.IsLoaded ? Results.Text(Sitemap(snapshots.Current, BaseUrl(request)), "application/xml; charset=utf-8") : Results.StatusCode(503))
            .CacheOutput(Caching.SiteCache.Policy).ExcludeFromDescription();
        return endpoints;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string Sitemap(PublishedSnapshot snapshot, string baseUrl)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string xhtml = "http://www.w3.org/1999/xhtml";
        using var text = new StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = false }))
        {
            xml.WriteStartElement("urlset", ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var item in snapshot.All.Where(c => Pages.Contains(c.ContentType.Alias)).OrderBy(c => c.Level).ThenBy(c => c.Id))
            {
                var urls = SiteLanguage.All
                    .Select(l => (Language: l, Route: snapshot.Route(item, l.Culture)))
                    .Where(u => u.Route is not null)
                    .Select(u => (u.Language, Url: $"{baseUrl}/{u.Language.Segment}{u.Route}"))
                    .ToArray();
                foreach (var (_, url) in urls)
                {
                    xml.WriteStartElement("url", ns);
                    xml.WriteElementString("loc", ns, url);
                    xml.WriteElementString("lastmod", ns, item.UpdateDate.ToString("yyyy-MM-dd"));
                    foreach (var alternate in urls)
                    {
                        xml.WriteStartElement("xhtml", "link", xhtml);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", alternate.Language.Segment);
                        xml.WriteAttributeString("href", alternate.Url);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }
}
