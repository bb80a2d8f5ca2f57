using Microsoft.AspNetCore.Http;
using NmZaMe.Web.Site.Services;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.PrintList;

/// <summary>A service on the printed list, with the address that removes it from the list.</summary>
public sealed record PrintItem(ServiceDetails Service, string AbsoluteUrl, string RemoveUrl);

/// <summary>
/// "My list": the chosen services (<see cref="ChosenList"/>) with what a person takes to an appointment — each
/// service's contacts and hours, full addresses that still work on paper, the office's contact, the date it was
/// printed and room for notes. The list lives only in the URL, so nothing is stored about anyone.
/// </summary>
public sealed class PrintListPage(SiteContext site) : SitePage(site)
{
    public required IReadOnlyList<PrintItem> Items { get; init; }

    public OfficeInfo? Office { get; init; }

    public string? OfficeAbsoluteUrl { get; init; }

    /// <summary>This list's own address, printed so the paper leads back to it.</summary>
    public string? ListAbsoluteUrl { get; init; }

    public required string ClearUrl { get; init; }

    public required DateTime PrintedOn { get; init; }

    public static string Path(SiteLanguage language) => language.IsDefault ? "/sl/moj-seznam/" : "/en/my-list/";

    public static PrintListPage Build(SiteContext site, IQueryCollection query)
    {
        var list = ChosenList.Parse(query);
        var services = list.Resolve(site);
        // Ids of services that are gone drop out of every address from here on.
        var kept = services.Aggregate(ChosenList.Empty, (l, s) => l.Toggle(ChosenList.ShortId(s.Key)));
        var path = Path(site.Language);
        var office = OfficeInfo.From(site);
        return new PrintListPage(site)
        {
            Title = site.T.MyList,
            NoIndex = true,
            Items = services.Select(s => new PrintItem(
                    ServiceDetails.From(site, s),
                    site.Absolute(site.Url(s)!),
                    kept.Toggle(ChosenList.ShortId(s.Key)).ApplyTo(path)))
                .ToArray(),
            Office = office,
            OfficeAbsoluteUrl = office?.Url is { } officeUrl ? site.Absolute(officeUrl) : null,
            ListAbsoluteUrl = kept.Count > 0 ? site.Absolute(kept.ApplyTo(path)) : null,
            ClearUrl = ChosenList.Empty.ApplyTo(path),
            PrintedOn = site.LocalNow,
            Alternates = SiteLanguage.All.ToDictionary(l => l, l => kept.Count > 0 ? kept.ApplyTo(Path(l)) : Path(l)),
        };
    }
}
