using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Paging;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.Organisations;

/// <summary>An organisation in the A–Z list: what it is, its first phone and whether it is open now.</summary>
public sealed record OrganisationCard(string Name, string Url, string? Summary, CardPhone? Phone, bool? OpenNow);

/// <summary>A first letter that narrows the list (or "all").</summary>
public sealed record LetterLink(string Label, string Url, bool Selected);

/// <summary>
/// Organisations A–Z, by first letter and in pages of <see cref="PageSize"/>, so the page stays light however many
/// organisations the catalogue holds. Both are plain GET links.
/// </summary>
public sealed class OrganisationListPage(SiteContext site) : SitePage(site)
{
    public const int PageSize = 50;
    private const int LettersFrom = 20;

    public required IReadOnlyList<OrganisationCard> Organisations { get; init; }

    public required IReadOnlyList<LetterLink> Letters { get; init; }

    public required int Total { get; init; }

    public Pager? Pager { get; init; }

    public static OrganisationListPage Build(SiteContext site, PublishedContent folder, IQueryCollection query)
    {
        var culture = site.T.Culture;
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        var all = site.Children(folder).Where(c => c.ContentType.Alias == "organisation" && site.Url(c) is not null)
            .Select(o => (Item: o, Name: site.Name(o)))
            .OrderBy(o => o.Name, comparer)
            .ToArray();
        var letters = all.Select(o => Letter(o.Name, culture)).Distinct().ToArray();
        var letter = query["letter"].FirstOrDefault() is { Length: > 0 and <= 2 } asked && letters.Contains(asked.ToUpper(culture)) ? asked.ToUpper(culture) : null;
        var shown = letter is null ? all : all.Where(o => Letter(o.Name, culture) == letter).ToArray();

        var pageUrl = site.Url(folder)!;
        var pageCount = Pager.Count(shown.Length, PageSize);
        var pageNumber = Math.Min(Pager.Parse(query["page"]), pageCount);
        string Address(string? letterValue, int page) => QueryHelpers.AddQueryString(pageUrl, new Dictionary<string, string?>
        {
            ["letter"] = letterValue,
            ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        }.Where(p => p.Value is not null));

        var B = BrowseTexts.For(site.Language);
        return new OrganisationListPage(site)
        {
            Title = site.Name(folder),
            Total = shown.Length,
            Organisations = shown.Skip((pageNumber - 1) * PageSize).Take(PageSize)
                .Select(o => new OrganisationCard(o.Name, site.Url(o.Item)!, site.Text(o.Item, "summary"), CardPhone.First(ContactPoint.From(site, o.Item)), ServiceCard.OpenState(site, o.Item)))
                .ToArray(),
            // Letters help once a list is longer than a few screens on a phone; a short one reads faster as it is.
            Letters = all.Length > LettersFrom
                ? [new LetterLink(B.AllLetters, Address(null, 1), letter is null), .. letters.Select(l => new LetterLink(l, Address(l, 1), l == letter))]
                : [],
            Pager = Pager.Build(pageNumber, pageCount, n => Address(letter, n)),
        };
    }

    /// <summary>The first letter as a reader sorts by it (Č, Š and Ž are letters of their own in Slovenian); digits and signs share "#".</summary>
    private static string Letter(string name, CultureInfo culture) =>
        name.Length > 0 && char.IsLetter(name[0]) ? char.ToUpper(name[0], culture).ToString() : "#";
}
