using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.Seo;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.Organisations;

public sealed class OrganisationPage(SiteContext site) : SitePage(site)
{
    public Localized? Summary { get; init; }

    public Localized? Body { get; init; }

    public string? OrganisationType { get; init; }

    public Address? Address { get; init; }

    public bool Confidential { get; init; }

    public required IReadOnlyList<ContactPoint> Contacts { get; init; }

    public string? Email { get; init; }

    public required IReadOnlyList<LinkValue> Websites { get; init; }

    /// <summary>Opening hours grouped by kind (office hours, business hours, by appointment).</summary>
    public required IReadOnlyList<IGrouping<string, OpeningHours>> Hours { get; init; }

    public required IReadOnlyList<ServiceCard> Services { get; init; }

    public DateTime? LastReviewed { get; init; }

    public static OrganisationPage Build(SiteContext site, PublishedContent organisation)
    {
        var confidential = Address.IsConfidential(organisation);
        var email = organisation.Value("email", string.Empty) as string;
        return new OrganisationPage(site)
        {
            Title = site.Name(organisation),
            Description = site.Text(organisation, "summary"),
            Summary = site.LocalText(organisation, "summary"),
            Body = site.RichText(organisation, "description"),
            OrganisationType = SiteContext.First(organisation, "organisationType") is { } type ? site.Label(type) : null,
            Address = Address.Of(organisation, confidential),
            Confidential = confidential,
            Contacts = ContactPoint.From(site, organisation).Where(c => c.Email is null || c.Phone is not null || c.Email != email).ToArray(),
            Email = email,
            Websites = (organisation.Value("website", string.Empty) as List<LinkValue> ?? [])
                .Where(l => l.Url is { } u && (u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
                .ToArray(),
            Hours = OpeningHours.From(site, organisation).GroupBy(h => h.Kind).ToArray(),
            Services = site.Children(organisation).Where(c => c.ContentType.Alias == "service" && SiteContext.First(c, "status") != ServiceStatus.Inactive)
                .Select(s => ServiceCard.From(site, s)).OfType<ServiceCard>().ToArray(),
            LastReviewed = SiteContext.Date(organisation, "lastReviewed"),
            JsonLd = StructuredData.Organisation(site, organisation),
        };
    }
}
