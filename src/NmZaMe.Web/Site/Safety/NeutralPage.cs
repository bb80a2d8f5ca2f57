using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.Site.Safety;

/// <summary>The time and date in Novo mesto, as "Ura in datum".</summary>
public sealed record NeutralPage(string Title, string Date, string Time)
{
    /// <summary>The default destination of the quick exit.</summary>
    public const string Path = "/ura/";
}

/// <summary>
/// Where the quick exit leads by default: a page that shows the time and date and nothing else. No header, no menu, no
/// link back and no word of what the site is about, so a person looking over the shoulder sees an ordinary page.
/// </summary>
public sealed class NeutralPageController(NovoMestoClock clock) : Controller
{
    private static readonly CultureInfo Slovenian = CultureInfo.GetCultureInfo("sl-SI");

    [HttpGet("ura"), HttpHead("ura")]
    [OutputCache(NoStore = true)]
    public IActionResult Show()
    {
        var now = clock.Now;
        Response.Headers.CacheControl = "no-store";
        return View("~/Site/Safety/Neutral.cshtml", new NeutralPage(
            HelpTexts.Slovenian.NeutralPageTitle,
            now.ToString("dddd, d. MMMM yyyy", Slovenian),
            now.ToString("H:mm", Slovenian)));
    }
}
