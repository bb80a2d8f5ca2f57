using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.PrintList;

namespace NmZaMe.Web.Site.Services;

/// <summary>A phone number ready to tap.</summary>
public sealed record CardPhone(string Number, string TelHref)
{
    /// <summary>The first contact with a phone number, if any.</summary>
    public static CardPhone? First(IEnumerable<ContactPoint> contacts) =>
        contacts.FirstOrDefault(c => c.TelHref is not null) is { } c ? new CardPhone(c.Phone!, c.TelHref!) : null;
}

/// <summary>
/// A service in a list: enough to recognise it and act at once — the first phone (the service's own, else its
/// provider's), the cost and whether it is open now — and to go on to its page.
/// </summary>
public sealed record ServiceCard(
    Guid Key,
    string ShortId,
    string Name,
    string Url,
    string? Summary,
    string? ProviderName,
    string? Cost,
    string? Status,
    CardPhone? Phone,
    bool? OpenNow,
    string? Topic)
{
    public static ServiceCard? From(SiteContext site, PublishedContent service)
    {
        if (site.Url(service) is not { } url)
        {
            return null;
        }

        var provider = service.ParentKey is { } p && site.Snapshot.Get(p) is { ContentType.Alias: "organisation" } org ? org : null;
        var status = SiteContext.First(service, "status");
        var active = status is null or ServiceStatus.Active;
        return new ServiceCard(
            service.Key,
            ChosenList.ShortId(service.Key),
            site.Name(service),
            url,
            site.Text(service, "summary"),
            provider is null ? null : site.Name(provider),
            SiteContext.First(service, "cost") is { } cost ? site.Label(cost) : null,
            active ? null : site.Label(status!),
            CardPhone.First(ContactPoint.From(site, service)) ?? (provider is null ? null : CardPhone.First(ContactPoint.From(site, provider))),
            active ? OpenState(site, service) : null,
            SiteContext.First(service, "topic"));
    }

    /// <summary>Open or closed when the hours say so; null when no hours with times are known.</summary>
    public static bool? OpenState(SiteContext site, PublishedContent item)
    {
        var hours = OpeningHours.For(site, item);
        return hours.Any(h => h.HasTimes) ? hours.Any(h => h.IsOpenAt(site.LocalNow)) : null;
    }
}

public static class ServiceStatus
{
    public const string Active = "aktivna";
    public const string Inactive = "neaktivna";
}
