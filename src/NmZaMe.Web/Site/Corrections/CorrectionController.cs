using Microsoft.AspNetCore.Mvc;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.PublicForms;

namespace NmZaMe.Web.Site.Corrections;

/// <summary>
/// "Predlagaj popravek" on every service's and organisation's page: a short form that works without JavaScript and
/// without cookies, behind the public forms' defences (<see cref="PublicFormGuard"/>), and its confirmation. Nothing
/// here is output-cached: the form carries a token with the time it was shown.
/// </summary>
public sealed class CorrectionController(ISnapshotSource snapshots, NovoMestoClock clock, PublicFormGuard guard, SubmitCorrection submit) : Controller
{
    public const string FormName = "correction";

    [HttpGet("sl/predlagaj-popravek"), HttpGet("en/suggest-a-correction")]
    public IActionResult Form(string? item)
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        return CorrectionPaths.Item(site, item) is { } found ? Show(site, found, CorrectionInput.Empty, [], null) : Missing(site);
    }

    [HttpPost("sl/predlagaj-popravek"), HttpPost("en/suggest-a-correction")]
    public async Task<IActionResult> Send([FromForm] string? item, [FromForm] string? text, [FromForm] string? email, [FromForm] string? consent, CancellationToken cancellationToken)
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        if (CorrectionPaths.Item(site, item) is not { } found)
        {
            return Missing(site);
        }

        var input = new CorrectionInput(Cut(text, SubmitCorrection.TextMaxLength * 2), Cut(email, 254), consent == "yes");
        var texts = CorrectionTexts.For(site.Language);
        var check = await guard.CheckAsync(HttpContext, FormName);
        if (check != PublicFormCheck.Passed)
        {
            // One calm message whatever the reason, so a bot learns nothing; the person's input is kept.
            var refused = Show(site, found, input, [], check == PublicFormCheck.TooMany ? texts.TooMany : texts.NotAccepted);
            refused.StatusCode = check == PublicFormCheck.TooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
            return refused;
        }

        var result = await submit.ExecuteAsync(new SubmitCorrection.Command(found.Key, input.Text, input.Email, input.Consent, site.Language.Segment), cancellationToken);
        if (!result.Succeeded)
        {
            var invalid = Show(site, found, input, result.Errors.Select(e => (e.Field, texts.Errors.GetValueOrDefault(e.Code, e.Code))).ToList(), null);
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        // Post/redirect/get: reloading the confirmation does not send the suggestion again.
        Response.Headers.Location = CorrectionPaths.Sent(site.Language) + "?item=" + found.Key.ToString("D");
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    [HttpGet("sl/predlagaj-popravek/poslano"), HttpGet("en/suggest-a-correction/sent")]
    public IActionResult Sent(string? item)
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        var texts = CorrectionTexts.For(site.Language);
        var found = CorrectionPaths.Item(site, item);
        site.Current = found;
        return View("~/Site/Corrections/CorrectionSent.cshtml", new CorrectionSentPage(site)
        {
            Title = texts.SentTitle,
            C = texts,
            NoIndex = true,
            Item = found,
            Alternates = SiteLanguage.All.ToDictionary(l => l, l => CorrectionPaths.Sent(l) + (found is null ? string.Empty : "?item=" + found.Key.ToString("D"))),
            Breadcrumbs = [new Crumb(site.T.Home, site.HomeUrl)],
        });
    }

    private SiteContext? Site()
    {
        // The form and its answer are personal: no shared cache keeps them, and each form has its own token.
        Response.Headers.CacheControl = "no-store";
        return SiteController.For(snapshots, clock, Request, Request.Path.StartsWithSegments("/en") ? "en" : "sl");
    }

    private ViewResult Missing(SiteContext site)
    {
        var view = View("~/Site/NotFound/NotFound.cshtml", new PlainPage(site) { Title = site.T.NotFoundTitle, NoIndex = true });
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }

    private ViewResult Show(SiteContext site, PublishedContent item, CorrectionInput input, IReadOnlyList<(string Field, string Message)> errors, string? notice)
    {
        var texts = CorrectionTexts.For(site.Language);
        // Set as the current item, a sensitive service (violence) keeps its quick exit and neutral tab title here too.
        site.Current = item;
        return View("~/Site/Corrections/CorrectionForm.cshtml", new CorrectionFormPage(site)
        {
            Title = texts.Title,
            BrowserTitle = errors.Count > 0 || notice is not null ? texts.ErrorTitlePrefix + texts.Title : null,
            NoIndex = true,
            C = texts,
            Token = guard.Issue(FormName),
            Item = item,
            Input = input,
            Errors = errors,
            Notice = notice,
            Alternates = SiteLanguage.All.ToDictionary(l => l, l => CorrectionPaths.For(l, item.Key)),
            Breadcrumbs = [new Crumb(site.T.Home, site.HomeUrl), new Crumb(site.Name(item), site.Url(item)!)],
        });
    }

    private static string Cut(string? value, int max) => value is null ? string.Empty : value.Length <= max ? value : value[..max];
}
