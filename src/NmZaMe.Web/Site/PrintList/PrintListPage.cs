using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.PrintList;

/// <summary>
/// "Print or save this list": chosen services (GET ?id=…&amp;id=…) with what a person takes to an appointment. The
/// list lives only in the URL, so nothing is stored about anyone.
/// </summary>
public sealed class PrintListPage(SiteContext site) : SitePage(site)
{
    private const int MaxItems = 50;

    public required IReadOnlyList<ServiceDetails> Services { get; init; }

    public static string Path(SiteLanguage language) => language.IsDefault ? "/sl/moj-seznam/" : "/en/my-list/";

    public static PrintListPage Build(SiteContext site, IQueryCollection query)
    {
        var keys = query["id"].Take(MaxItems).Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToArray();
        var services = keys.Select(site.Snapshot.Get)
            .Where(c => c is { ContentType.Alias: "service" } && site.Url(c) is not null)
            .Select(c => ServiceDetails.From(site, c!))
            .ToArray();
        var queryString = services.Select(s => new KeyValuePair<string, string?>("id", s.Key.ToString()));
        return new PrintListPage(site)
        {
            Title = site.T.MyList,
            NoIndex = true,
            Services = services,
            Alternates = SiteLanguage.All.ToDictionary(l => l, l => QueryHelpers.AddQueryString(Path(l), queryString)),
        };
    }
}
