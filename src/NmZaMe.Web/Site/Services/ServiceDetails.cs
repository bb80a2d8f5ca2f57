using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Site.Services;

public sealed record ServiceLocation(Localized? Name, Address? Address, Localized? Accessibility, IReadOnlyList<OpeningHours> Hours);

public sealed record Link(string Name, string Url);

/// <summary>Everything a citizen needs to act on a service; shared by the service page and the printable list.</summary>
public sealed class ServiceDetails
{
    public required Guid Key { get; init; }
    public required string Name { get; init; }
    public required string Url { get; init; }
    public Localized? Summary { get; init; }
    public Localized? Description { get; init; }
    public Localized? Eligibility { get; init; }
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public string? MinimumAge { get; init; }
    public string? MaximumAge { get; init; }
    public string? Cost { get; init; }
    public Localized? CostDetails { get; init; }
    public Localized? HowToApply { get; init; }
    public IReadOnlyList<ContactPoint> Contacts { get; init; } = [];
    public IReadOnlyList<ServiceLocation> Locations { get; init; } = [];
    public bool Confidential { get; init; }
    public IReadOnlyList<OpeningHours> ProviderHours { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Municipalities { get; init; } = [];
    public string? StatusValue { get; init; }
    public string? Status { get; init; }
    public Localized? Alert { get; init; }
    public DateTime? LastReviewed { get; init; }
    public Link? Provider { get; init; }
    public IReadOnlyList<Link> LifeChallenges { get; init; } = [];

    public bool IsActive => StatusValue is null or ServiceStatus.Active;

    public static ServiceDetails From(SiteContext site, PublishedContent service)
    {
        var provider = service.ParentKey is { } p && site.Snapshot.Get(p) is { ContentType.Alias: "organisation" } org ? org : null;
        // A service of an organisation at a secret address (a safe house) must not reveal it through its locations.
        var confidential = provider is not null && Address.IsConfidential(provider);
        var locations = site.Blocks(service, "locations")
            .Select(l => new ServiceLocation(
                site.BlockText(l, "name"),
                Address.Of(l, confidential),
                site.BlockText(l, "accessibility"),
                OpeningHours.From(site, l)))
            .Where(l => l.Name is not null || l.Address is not null || l.Hours.Count > 0)
            .ToArray();
        var contacts = ContactPoint.From(site, service);
        var status = SiteContext.First(service, "status");
        return new ServiceDetails
        {
            Key = service.Key,
            Name = site.Name(service),
            Url = site.Url(service) ?? site.HomeUrl,
            Summary = site.LocalText(service, "summary"),
            Description = site.RichText(service, "description"),
            Eligibility = site.LocalText(service, "eligibility"),
            TargetGroups = SiteContext.Strings(service, "targetGroups").Select(site.Label).ToArray(),
            MinimumAge = service.Value("minimumAge", string.Empty) is int min ? site.T.Format(site.T.AgeFromFormat, min) : null,
            MaximumAge = service.Value("maximumAge", string.Empty) is int max ? site.T.Format(site.T.AgeToFormat, max) : null,
            Cost = SiteContext.First(service, "cost") is { } cost ? site.Label(cost) : null,
            CostDetails = site.LocalText(service, "costDetails"),
            HowToApply = site.RichText(service, "howToApply"),
            Contacts = contacts.Count > 0 || provider is null ? contacts : ContactPoint.From(site, provider),
            Locations = locations,
            Confidential = confidential,
            ProviderHours = locations.Any(l => l.Hours.Count > 0) || provider is null ? [] : OpeningHours.From(site, provider),
            Languages = SiteContext.Strings(service, "languages").Select(site.Label).ToArray(),
            Municipalities = SiteContext.Strings(service, "municipalities"),
            StatusValue = status,
            Status = status is null ? null : site.Label(status),
            Alert = NmZaMe.Cms.Catalogue.ServiceAlert.IsCurrent(service, TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(site.LocalNow, DateTimeKind.Unspecified), NmZaMe.Web.Site.Hours.NovoMestoClock.Zone))
                ? site.LocalText(service, "alert")
                : null,
            LastReviewed = SiteContext.Date(service, "lastReviewed"),
            Provider = provider is not null && site.Url(provider) is { } providerUrl ? new Link(site.Name(provider), providerUrl) : null,
            LifeChallenges = site.Picked(service, "lifeChallenges").Select(c => new Link(site.Name(c), site.Url(c)!)).ToArray(),
        };
    }
}
