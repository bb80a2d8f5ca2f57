using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Safety;

/// <summary>
/// Which pages need the quick exit, a neutral tab title and the safe-browsing note: a life situation marked
/// <c>sensitive</c> (violence, mental health, addiction), every service under one (its lifeChallenges include it),
/// every organisation with such a service, and every page of a confidential organisation (a safe house).
/// </summary>
public static class Sensitivity
{
    public const string Property = "sensitive";

    public static bool Of(SiteContext site, PublishedContent? content) => content?.ContentType.Alias switch
    {
        "lifeChallenge" => SiteContext.Flag(content, Property),
        "service" => UnderSensitive(site, content) || (Provider(site, content) is { } provider && Address.IsConfidential(provider)),
        "organisation" => Address.IsConfidential(content)
            || site.Snapshot.ChildrenOf(content.Key).Any(s => s.ContentType.Alias == "service" && UnderSensitive(site, s)),
        _ => false,
    };

    private static bool UnderSensitive(SiteContext site, PublishedContent service) =>
        (service.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys.Any(k => site.Snapshot.Get(k) is { } challenge && SiteContext.Flag(challenge, Property)) == true;

    private static PublishedContent? Provider(SiteContext site, PublishedContent service) =>
        service.ParentKey is { } key && site.Snapshot.Get(key) is { ContentType.Alias: "organisation" } organisation ? organisation : null;
}
