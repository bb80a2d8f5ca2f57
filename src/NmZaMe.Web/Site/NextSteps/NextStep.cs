using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.Services;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.NextSteps;

/// <summary>Whose contacts a page offers under its summary.</summary>
public enum NextStepSource
{
    /// <summary>The entry's own phone, e-mail or address.</summary>
    Own,

    /// <summary>A service without its own: the organisation that provides it, said as such.</summary>
    Provider,

    /// <summary>Nobody else can be reached: the Local Welfare Office, which connects people with the right help.</summary>
    Office,
}

/// <summary>A place to go: a name, an address with its map link (never for a confidential location) and its hours.</summary>
public sealed record Place(Localized? Name, Address? Address, Localized? Accessibility, IReadOnlyList<OpeningHours> Hours);

/// <summary>
/// The way to act that a service or organisation page shows right under its summary: the entry's own contacts, else
/// (for a service) its provider's, else the Local Welfare Office's "we will connect you". Whether an entry has contacts of its
/// own is decided by the engine's <see cref="ContactChannels"/>, the same rule that allows the "checked" date.
/// </summary>
public sealed record NextStep(
    NextStepSource Source,
    Link? Organisation,
    IReadOnlyList<ContactPoint> Contacts,
    string? Email,
    IReadOnlyList<LinkValue> Websites,
    IReadOnlyList<Place> Places,
    IReadOnlyList<OpeningHours> Hours,
    bool Confidential)
{
    /// <summary>The first phone number, for the big call button.</summary>
    public ContactPoint? Call => Contacts.FirstOrDefault(c => c.TelHref is not null);

    public static NextStep? For(SiteContext site, PublishedContent item)
    {
        if (item.ContentType.Alias == "service")
        {
            var provider = item.ParentKey is { } key && site.Snapshot.Get(key) is { ContentType.Alias: "organisation" } organisation ? organisation : null;
            var confidential = provider is not null && Address.IsConfidential(provider);
            if (ContactChannels.HasOwn(item, confidential))
            {
                return OfService(site, item, provider, confidential);
            }

            if (provider is not null && ContactChannels.HasOwn(provider, confidential))
            {
                return OfOrganisation(site, provider, NextStepSource.Provider);
            }
        }
        else if (item.ContentType.Alias == "organisation" && ContactChannels.HasOwn(item, Address.IsConfidential(item)))
        {
            return OfOrganisation(site, item, NextStepSource.Own);
        }

        // The box names the office already; a contact labelled with its name would say it twice.
        return OfficeInfo.From(site) is { } office
            ? new NextStep(NextStepSource.Office, office.Url is { } url ? new Link(office.Name.Value, url) : null,
                office.Contacts.Select(c => c.Label?.Value == office.Name.Value ? c with { Label = null } : c).ToArray(), office.Email, [],
                office.Address is { } address ? [new Place(null, address, null, [])] : [], office.Hours, false)
            : null;
    }

    private static NextStep OfService(SiteContext site, PublishedContent service, PublishedContent? provider, bool confidential)
    {
        var places = site.Blocks(service, "locations")
            .Select(l => new Place(site.BlockText(l, "name"), Address.Of(l, confidential), site.BlockText(l, "accessibility"), OpeningHours.From(site, l)))
            .Where(p => p.Name is not null || p.Address is not null || p.Hours.Count > 0)
            .ToArray();
        // Without hours of its own a service keeps its provider's, as "open now" does.
        var hours = places.Any(p => p.Hours.Count > 0) || provider is null ? [] : OpeningHours.From(site, provider);
        return new NextStep(NextStepSource.Own, null, ContactPoint.From(site, service), null, [], places, hours, confidential);
    }

    private static NextStep OfOrganisation(SiteContext site, PublishedContent organisation, NextStepSource source)
    {
        var confidential = Address.IsConfidential(organisation);
        var contacts = ContactPoint.From(site, organisation);
        var email = ContactPoint.EmailOf(organisation);
        var address = Address.Of(organisation, confidential);
        return new NextStep(
            source,
            source == NextStepSource.Provider && site.Url(organisation) is { } url ? new Link(site.Name(organisation), url) : null,
            contacts,
            contacts.Any(c => c.Email == email) ? null : email,
            WebsitesOf(organisation),
            address is null ? [] : [new Place(null, address, null, [])],
            OpeningHours.From(site, organisation),
            confidential);
    }

    /// <summary>A website link's text: its name (an invariant value, so written in Slovenian) or else its address.</summary>
    public static Localized LinkText(SiteContext site, LinkValue link) =>
        link.Name is { Length: > 0 } name
            ? new Localized(name, site.Language.IsDefault ? null : SiteLanguage.Slovenian.Segment)
            : new Localized(link.Url ?? string.Empty, null);

    /// <summary>The organisation's web addresses that are http(s); anything else an editor typed is not a link to offer.</summary>
    public static IReadOnlyList<LinkValue> WebsitesOf(PublishedContent organisation) =>
        (organisation.Value("website", string.Empty) as List<LinkValue> ?? [])
            .Where(l => l.Url is { } u && (u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            .ToArray();
}
