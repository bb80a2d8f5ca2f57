using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Services;

/// <summary>A service in a list: enough to recognise it and go on to its page.</summary>
public sealed record ServiceCard(Guid Key, string Name, string Url, string? Summary, string? ProviderName, string? Cost, string? Status, bool OpenNow)
{
    public static ServiceCard? From(SiteContext site, PublishedContent service)
    {
        if (site.Url(service) is not { } url)
        {
            return null;
        }

        var provider = service.ParentKey is { } p ? site.Snapshot.Get(p) : null;
        var status = SiteContext.First(service, "status");
        return new ServiceCard(
            service.Key,
            site.Name(service),
            url,
            site.Text(service, "summary"),
            provider?.ContentType.Alias == "organisation" ? site.Name(provider) : null,
            SiteContext.First(service, "cost") is { } cost ? site.Label(cost) : null,
            status is null or ServiceStatus.Active ? null : site.Label(status),
            site.IsOpenNow(service));
    }
}

public static class ServiceStatus
{
    public const string Active = "aktivna";
    public const string Inactive = "neaktivna";
}
