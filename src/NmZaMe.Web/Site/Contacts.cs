using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site;

/// <summary>A contactPoint block, ready for tel: and mailto: links; label and note in the page's language (see <see cref="SiteContext.BlockText"/>).</summary>
public sealed record ContactPoint(Localized? Label, string? Phone, string? Email, Localized? Note)
{
    public string? TelHref => Phone is { Length: > 0 } p ? "tel:" + new string(p.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray()) : null;

    public string? MailHref => Email is { Length: > 0 } e ? "mailto:" + e : null;

    public static IReadOnlyList<ContactPoint> From(SiteContext site, PublishedElement element) =>
        site.Blocks(element, "contacts")
            .Select(b => new ContactPoint(site.BlockText(b, "label"), Get(b, "phone"), Get(b, "email"), site.BlockText(b, "note")))
            .Where(c => c.Phone is not null || c.Email is not null)
            .ToArray();

    private static string? Get(PublishedElement block, string alias) =>
        block.Value(alias, string.Empty) is string { Length: > 0 } s ? s.Trim() : null;
}

/// <summary>A postal address, never built for a confidential location.</summary>
public sealed record Address(string? Street, string? Postcode, string? City)
{
    public string OneLine => string.Join(", ", new[] { Street, string.Join(' ', new[] { Postcode, City }.Where(s => s is { Length: > 0 })) }.Where(s => s is { Length: > 0 }));

    /// <summary>Null for a confidential location (a safe house) or when nothing is filled in.</summary>
    public static Address? Of(PublishedElement element, bool confidential)
    {
        if (confidential)
        {
            return null;
        }

        var address = new Address(Get(element, "street"), Get(element, "postcode"), Get(element, "city"));
        return address.OneLine.Length == 0 ? null : address;
    }

    public static bool IsConfidential(PublishedContent organisation) => SiteContext.Flag(organisation, "confidentialLocation");

    private static string? Get(PublishedElement element, string alias) =>
        element.Value(alias, string.Empty) is string { Length: > 0 } s ? s.Trim() : null;
}
