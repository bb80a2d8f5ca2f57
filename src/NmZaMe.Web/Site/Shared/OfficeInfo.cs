using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Site.Shared;

/// <summary>The Local Welfare Office's contact and hours, shown wherever a citizen might otherwise be stuck.</summary>
public sealed record OfficeInfo(string Name, string? Url, Address? Address, IReadOnlyList<ContactPoint> Contacts, IReadOnlyList<OpeningHours> Hours)
{
    public static OfficeInfo? From(SiteContext site) =>
        site.Office is { } office
            ? new OfficeInfo(site.Name(office), site.Url(office), Address.Of(office, Address.IsConfidential(office)), ContactPoint.From(site, office), OpeningHours.From(site, office))
            : null;
}

public sealed record LifeChallengeTile(string Name, string Url, string? Summary)
{
    public static IReadOnlyList<LifeChallengeTile> All(SiteContext site) =>
        site.OfType("lifeChallenge").Select(c => new LifeChallengeTile(site.Name(c), site.Url(c)!, site.Text(c, "summary"))).ToArray();
}
