using System.Globalization;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site;

/// <summary>
/// A contactPoint block, ready for tel: and mailto: links. Label and note are read through
/// <see cref="SiteContext.BlockText"/>, in the page's language when the block has it, else in Slovenian marked as such.
/// This is the one place contact blocks are read.
/// </summary>
public sealed record ContactPoint(Localized? Label, string? Phone, string? Email, Localized? Note)
{
    public string? TelHref => Phone is { Length: > 0 } p ? "tel:" + new string(p.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray()) : null;

    public string? MailHref => Email is { Length: > 0 } e ? "mailto:" + e : null;

    public static IReadOnlyList<ContactPoint> From(SiteContext site, PublishedElement element) =>
        site.Blocks(element, "contacts")
            .Select(b => new ContactPoint(site.BlockText(b, "label"), Get(b, "phone"), Get(b, "email"), site.BlockText(b, "note")))
            .Where(c => c.Phone is not null || c.Email is not null)
            .ToArray();

    /// <summary>The item's own e-mail property (organisations have one besides their contact blocks).</summary>
    public static string? EmailOf(PublishedElement element) => Get(element, "email");

    private static string? Get(PublishedElement block, string alias) =>
        block.Value(alias, string.Empty) is string { Length: > 0 } s && s.Trim() is { Length: > 0 } t ? t : null;
}

/// <summary>A postal address, never built for a confidential location; coordinates when a location has them.</summary>
public sealed record Address(string? Street, string? Postcode, string? City, decimal? Latitude = null, decimal? Longitude = null)
{
    public string OneLine => string.Join(", ", new[] { Street, string.Join(' ', new[] { Postcode, City }.Where(s => s is { Length: > 0 })) }.Where(s => s is { Length: > 0 }));

    /// <summary>
    /// A link that opens the place on OpenStreetMap: the exact point when the location has coordinates, else a search
    /// for the address. A link, never an embedded map, so the page itself asks no other host for anything.
    /// </summary>
    public string? MapUrl => Latitude is { } lat && Longitude is { } lon
        ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
        : Street is { Length: > 0 } && City is { Length: > 0 }
            ? "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(OneLine + ", Slovenija")
            : null;

    /// <summary>Null for a confidential location (a safe house) or when nothing is filled in.</summary>
    public static Address? Of(PublishedElement element, bool confidential)
    {
        if (confidential)
        {
            return null;
        }

        var address = new Address(Get(element, "street"), Get(element, "postcode"), Get(element, "city"),
            element.Value("latitude", string.Empty) as decimal?, element.Value("longitude", string.Empty) as decimal?);
        return address.OneLine.Length == 0 ? null : address;
    }

    public static bool IsConfidential(PublishedContent organisation) => SiteContext.Flag(organisation, "confidentialLocation");

    private static string? Get(PublishedElement element, string alias) =>
        element.Value(alias, string.Empty) is string { Length: > 0 } s ? s.Trim() : null;
}
