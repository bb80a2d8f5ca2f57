using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.NextSteps;
using NmZaMe.Web.Site.Seo;
using NmZaMe.Web.Site.Services;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.Organisations;

public sealed class OrganisationPage(SiteContext site) : SitePage(site)
{
    public Localized? Summary { get; init; }

    public Localized? Body { get; init; }

    public string? OrganisationType { get; init; }

    public PickedImage? Logo { get; init; }

    /// <summary>The organisation's own contacts, or the office's when it has none; null only without an office.</summary>
    public NextStep? NextStep { get; init; }

    /// <summary>When the next step is the office's: what little the organisation has (a website, a town) still shown.</summary>
    public IReadOnlyList<LinkValue> Websites { get; init; } = [];

    public Address? Address { get; init; }

    public Checked? Checked { get; init; }

    public required IReadOnlyList<ServiceCard> Services { get; init; }

    /// <summary>"Predlagaj popravek": the short form about this organisation, which reaches its editors.</summary>
    public required string CorrectionUrl { get; init; }

    public static OrganisationPage Build(SiteContext site, PublishedContent organisation)
    {
        var next = NextStep.For(site, organisation);
        var others = next?.Source != NextStepSource.Own;
        return new OrganisationPage(site)
        {
            Title = site.Name(organisation),
            Description = site.Text(organisation, "summary"),
            Summary = site.LocalText(organisation, "summary"),
            Body = site.RichText(organisation, "description"),
            OrganisationType = SiteContext.First(organisation, "organisationType") is { } type ? site.Label(type) : null,
            Logo = PickedImage.Of(site, organisation, "logo", site.Name(organisation)),
            NextStep = next,
            Websites = others ? NextStep.WebsitesOf(organisation) : [],
            Address = others ? Address.Of(organisation, Address.IsConfidential(organisation)) : null,
            Checked = Checked.For(site, organisation),
            Services = site.Children(organisation).Where(c => c.ContentType.Alias == "service" && SiteContext.First(c, "status") != ServiceStatus.Inactive)
                .Select(s => ServiceCard.From(site, s)).OfType<ServiceCard>().ToArray(),
            JsonLd = StructuredData.Organisation(site, organisation),
            CorrectionUrl = Corrections.CorrectionPaths.For(site.Language, organisation.Key),
        };
    }
}
