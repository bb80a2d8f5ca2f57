using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Redirects;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Site.Caching;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.PrintList;

namespace NmZaMe.Web.Site;

/// <summary>
/// The public site: maps /sl/… and /en/… to the published snapshot's routes and picks the view by document type,
/// as Umbraco's default render controller does with templates.
/// </summary>
[OutputCache(PolicyName = SiteCache.Policy)]
public sealed class SiteController(ISnapshotSource snapshots, NovoMestoClock clock, ISearchService search, RedirectTracker redirects, NmZaMe.Cms.Insights.SearchLog log) : Controller
{
    /// <summary>The home page in the browser's language: English when it prefers English to Slovenian, else Slovenian.</summary>
    [HttpGet("/"), HttpHead("/")]
    [OutputCache(NoStore = true)]
    public IActionResult Root()
    {
        // The answer depends on the header, so shared caches must keep one per Accept-Language.
        Response.Headers.Vary = "Accept-Language";
        return Redirect(SiteContext.Home(SiteLanguage.Preferred(Request.GetTypedHeaders().AcceptLanguage)));
    }

    [HttpGet("{lang:regex(^(sl|en)$)}/{**path}"), HttpHead("{lang:regex(^(sl|en)$)}/{**path}")]
    public IActionResult Page(string lang, string? path)
    {
        if (Context(lang) is not { } site)
        {
            return Unavailable();
        }

        var route = "/" + (path ?? string.Empty);
        var content = site.Snapshot.FindByRoute(site.Root.Key, site.Culture, route);
        if (content is null && !route.EndsWith('/') && site.Snapshot.FindByRoute(site.Root.Key, site.Culture, route + "/") is not null)
        {
            // One canonical address per page: with the trailing slash the snapshot's routes have.
            return RedirectPermanent(site.Url(site.Snapshot.FindByRoute(site.Root.Key, site.Culture, route + "/")!) + Request.QueryString);
        }

        if (content is null && redirects.Table.Resolve(site.Snapshot, site.Root.Key, site.Culture, route.EndsWith('/') ? route : route + "/") is { } moved)
        {
            // An old address of a renamed or moved page (Umbraco's Redirect URL Management).
            return RedirectPermanent(site.Url(moved)! + Request.QueryString);
        }

        if (content is null)
        {
            return NotFoundPage(site);
        }

        site.Current = content;
        return SiteViews.For(site, content, Request.Query, search, log) is { } page ? Show(page.View, page.Model) : NotFoundPage(site);
    }

    /// <summary>
    /// A result opened from the results page: counted for the office against the search's random token (no cookie, no
    /// script), then on to the item's own address. Only items of the snapshot are targets, so this is no open redirect.
    /// </summary>
    [HttpGet("{lang:regex(^(sl|en)$)}/odpri/{token:guid}/{key:guid}")]
    public IActionResult OpenResult(string lang, Guid token, Guid key)
    {
        if (Context(lang) is not { } site)
        {
            return Unavailable();
        }

        // As on the results page: a Slovenian result without an English page leads to the Slovenian one.
        if (site.Snapshot.Get(key) is not { } content || (site.Url(content) ?? site.UrlIn(content, SiteLanguage.Slovenian)) is not { } url)
        {
            return NotFoundPage(site);
        }

        log.Opened(token);
        Response.Headers.CacheControl = "no-store";
        return Redirect(url);
    }

    [HttpGet("sl/moj-seznam"), HttpHead("sl/moj-seznam")]
    [HttpGet("en/my-list"), HttpHead("en/my-list")]
    public IActionResult PrintList()
    {
        var lang = Request.Path.StartsWithSegments("/en") ? "en" : "sl";
        return Context(lang) is { } site ? Show("PrintList/PrintList", PrintListPage.Build(site, Request.Query)) : Unavailable();
    }

    /// <summary>Everything no other endpoint claims: the friendly 404 page in Slovenian (the API keeps its own errors).</summary>
    [HttpGet("{**path}", Order = int.MaxValue), HttpHead("{**path}", Order = int.MaxValue)]
    public IActionResult Fallback(string? path)
    {
        if (path is not null && (path.StartsWith("umbraco", StringComparison.OrdinalIgnoreCase) || path.StartsWith("health", StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        var lang = path?.StartsWith("en/", StringComparison.OrdinalIgnoreCase) == true ? "en" : "sl";
        return Context(lang) is { } site ? NotFoundPage(site) : NotFound();
    }

    private SiteContext? Context(string lang) => For(snapshots, clock, Request, lang);

    /// <summary>The site in a language for this request, or null while the snapshot loads or when the language has no published root.</summary>
    internal static SiteContext? For(ISnapshotSource snapshots, NovoMestoClock clock, HttpRequest request, string lang)
    {
        if (!snapshots.IsLoaded || SiteLanguage.FromSegment(lang) is not { } language)
        {
            return null;
        }

        var snapshot = snapshots.Current;
        var root = snapshot.Roots.FirstOrDefault(r => r.ContentType.Alias == "catalogueRoot" && r.IsPublishedIn(language.Culture));
        return root is null ? null : new SiteContext(snapshot, language, root, clock.Now, $"{request.Scheme}://{request.Host}");
    }

    private ViewResult Show(string view, SitePage model) => View($"~/Site/{view}.cshtml", model);

    private ViewResult NotFoundPage(SiteContext site)
    {
        site.Current = null;
        var view = View("~/Site/NotFound/NotFound.cshtml", new PlainPage(site) { Title = site.T.NotFoundTitle, NoIndex = true });
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }

    internal static ContentResult UnavailableResult(HttpResponse response)
    {
        response.Headers.RetryAfter = "5";
        return new ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentType = "text/plain; charset=utf-8",
            Content = Texts.Slovenian.Unavailable + "\n" + Texts.English.Unavailable,
        };
    }

    private ContentResult Unavailable() => UnavailableResult(Response);
}
