using Microsoft.AspNetCore.Http;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.LifeChallenges;

public sealed class LifeChallengePage(SiteContext site) : SitePage(site)
{
    public Localized? Summary { get; init; }

    public Localized? Body { get; init; }

    public required string PageUrl { get; init; }

    public required IReadOnlyList<Facet> Facets { get; init; }

    public required bool OpenNow { get; init; }

    public required int OpenNowCount { get; init; }

    public required bool Filtered { get; init; }

    public required IReadOnlyList<ServiceCard> Services { get; init; }

    public required string ListUrl { get; init; }

    public static LifeChallengePage Build(SiteContext site, PublishedContent challenge, IQueryCollection query)
    {
        var all = site.OfType("service")
            .Where(s => (s.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys.Contains(challenge.Key) == true)
            .Where(s => SiteContext.First(s, "status") != ServiceStatus.Inactive)
            .ToArray();
        var filter = ServiceFilter.Parse(query, all);
        return new LifeChallengePage(site)
        {
            Title = site.Name(challenge),
            Description = site.Text(challenge, "summary"),
            Summary = site.LocalText(challenge, "summary"),
            Body = site.RichText(challenge, "body"),
            PageUrl = site.Url(challenge)!,
            Facets = filter.Facets(site, all),
            OpenNow = filter.OpenNow,
            OpenNowCount = filter.OpenNowCount(site, all),
            Filtered = !filter.IsEmpty,
            Services = filter.Apply(site, all).Select(s => ServiceCard.From(site, s)).OfType<ServiceCard>().ToArray(),
            ListUrl = PrintList.PrintListPage.Path(site.Language),
        };
    }
}
