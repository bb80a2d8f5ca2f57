using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.LifeChallenges;

public sealed class LifeChallengeListPage(SiteContext site) : SitePage(site)
{
    public required IReadOnlyList<LifeChallengeTile> Tiles { get; init; }

    public static LifeChallengeListPage Build(SiteContext site) => new(site)
    {
        Title = site.Current is { } c ? site.Name(c) : site.T.LifeChallenges,
        Tiles = LifeChallengeTile.All(site),
    };
}
