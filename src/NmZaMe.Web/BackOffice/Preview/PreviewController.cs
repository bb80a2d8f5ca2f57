using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.Site;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.BackOffice.Preview;

/// <summary>
/// An item's draft as the public site would show it: the site's own views over a snapshot built from drafts, with a
/// banner saying so. Never cached (no output-cache policy, <c>no-store</c>) and never indexed.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Content)]
[OutputCache(NoStore = true)]
public sealed class PreviewController(
    ISnapshotSource published, PreviewSnapshotService previews, NovoMestoClock clock, ISearchService search,
    CurrentEditor editor, BackOfficeText T) : Controller
{
    [HttpGet("/umbraco/preview/{key:guid}")]
    public async Task<IActionResult> Show(Guid key, string? culture, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (!await editor.LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        if (!published.IsLoaded)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var language = SiteLanguage.All.FirstOrDefault(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase)) ?? SiteLanguage.Slovenian;
        var snapshot = await previews.GetAsync(cancellationToken);
        if (snapshot.Get(key) is not { } content || !editor.Allows(snapshot, content) || snapshot.Route(content, language.Culture) is null)
        {
            // Outside the start nodes looks the same as missing; so does an item with no name in this language yet.
            return NotFound();
        }

        var root = snapshot.RootOf(content);
        var site = new SiteContext(snapshot, language, root, clock.Now, $"{Request.Scheme}://{Request.Host}")
        {
            Preview = new PreviewNotice(T["Predogled osnutka — ni objavljeno"], T["Nazaj v urejevalnik"], $"/umbraco/content/{key}/edit?culture={language.Culture}", T.Lang),
            Current = content,
        };
        return SiteViews.For(site, content, Request.Query, search) is { } page
            ? View($"~/Site/{page.View}.cshtml", page.Model)
            : NotFound();
    }
}
