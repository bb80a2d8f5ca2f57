using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Site.Shared;

/// <summary>The Local Welfare Office's contact and hours, shown wherever a citizen might otherwise be stuck.</summary>
public sealed record OfficeInfo(Localized Name, string? Url, Address? Address, IReadOnlyList<ContactPoint> Contacts, string? Email, IReadOnlyList<OpeningHours> Hours)
{
    public static OfficeInfo? From(SiteContext site)
    {
        if (site.Office is not { } office)
        {
            return null;
        }

        var contacts = ContactPoint.From(site, office);
        var email = ContactPoint.EmailOf(office);
        return new OfficeInfo(site.LocalName(office), site.Url(office), Address.Of(office, Address.IsConfidential(office)), contacts,
            contacts.Any(c => c.Email == email) ? null : email, OpeningHours.From(site, office));
    }
}

public sealed record LifeChallengeTile(string Name, string Url, string? Summary)
{
    public static IReadOnlyList<LifeChallengeTile> All(SiteContext site) =>
        site.OfType("lifeChallenge").Select(c => new LifeChallengeTile(site.Name(c), site.Url(c)!, site.Text(c, "summary"))).ToArray();
}
