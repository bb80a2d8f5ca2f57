using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.Organisations;

public sealed class OrganisationListPage(SiteContext site) : SitePage(site)
{
    public required IReadOnlyList<(Link Link, string? Summary)> Organisations { get; init; }

    public static OrganisationListPage Build(SiteContext site, PublishedContent folder)
    {
        var comparer = StringComparer.Create(site.T.Culture, ignoreCase: true);
        return new OrganisationListPage(site)
        {
            Title = site.Name(folder),
            Organisations = site.Children(folder).Where(c => c.ContentType.Alias == "organisation" && site.Url(c) is not null)
                .Select(o => (new Link(site.Name(o), site.Url(o)!), site.Text(o, "summary")))
                .OrderBy(o => o.Item1.Name, comparer)
                .ToArray(),
        };
    }
}
