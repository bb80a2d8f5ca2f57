using Microsoft.AspNetCore.Mvc;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.PublicForms;
using NmZaMe.Web.Site.Shared;

namespace NmZaMe.Web.Site.CallBack;

/// <summary>
/// "Pokličite me": a short form that works without JavaScript and without cookies (the defences are
/// <see cref="PublicFormGuard"/>'s), its confirmation and its privacy notice. Nothing here is output-cached: the form
/// carries a token with the time it was shown.
/// </summary>
public sealed class CallBackController(ISnapshotSource snapshots, NovoMestoClock clock, PublicFormGuard guard, SubmitCallBack submit, CallBackOptions options) : Controller
{
    public const string FormName = "callback";

    [HttpGet("sl/poklicite-me"), HttpGet("en/call-me-back")]
    public IActionResult Form(string? service, string? lifeChallenge)
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        var about = CallBackAbout.From(site, service, lifeChallenge);
        return Show(site, about, CallBackInput.Empty(site.Language), [], null);
    }

    [HttpPost("sl/poklicite-me"), HttpPost("en/call-me-back")]
    public async Task<IActionResult> Send(
        [FromForm] string? contact, [FromForm] string? firstName, [FromForm] string? reachable, [FromForm] string? language,
        [FromForm] string? note, [FromForm] string? consent, [FromForm] string? service, [FromForm] string? lifeChallenge, CancellationToken cancellationToken)
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        var about = CallBackAbout.From(site, service, lifeChallenge);
        var input = new CallBackInput(Cut(contact, 254), Cut(firstName, 200), Cut(reachable, 200), language ?? site.Language.Segment, Cut(note, 2000), consent == "yes");
        var texts = CallBackTexts.For(site.Language);
        var check = await guard.CheckAsync(HttpContext, FormName);
        if (check != PublicFormCheck.Passed)
        {
            // One calm message whatever the reason, so a bot learns nothing; the person's input is kept.
            var refused = Show(site, about, input, [], check == PublicFormCheck.TooMany ? texts.TooMany : texts.NotAccepted);
            refused.StatusCode = check == PublicFormCheck.TooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
            return refused;
        }

        var languages = CallBackFormPage.LanguagesFor(options.Languages).Select(l => l.Code).ToList();
        var result = await submit.ExecuteAsync(
            new SubmitCallBack.Command(input.Contact, input.FirstName, input.Reachable, input.Language, input.Note, input.Consent, about.LifeChallenge?.Key, about.Service?.Key, languages),
            cancellationToken);
        if (!result.Succeeded)
        {
            var invalid = Show(site, about, input, result.Errors.Select(e => (e.Field, texts.Errors.GetValueOrDefault(e.Code, e.Code))).ToList(), null);
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        // Post/redirect/get: reloading the confirmation does not send the request again.
        Response.Headers.Location = CallBackPaths.Sent(site.Language);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    [HttpGet("sl/poklicite-me/poslano"), HttpGet("en/call-me-back/sent")]
    public IActionResult Sent()
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        var texts = CallBackTexts.For(site.Language);
        return View("~/Site/CallBack/CallBackSent.cshtml", new CallBackSentPage(site)
        {
            Title = texts.SentTitle,
            C = texts,
            NoIndex = true,
            Office = OfficeInfo.From(site),
            Alternates = SiteLanguage.All.ToDictionary(l => l, CallBackPaths.Sent),
            Breadcrumbs = [new Crumb(site.T.Home, site.HomeUrl)],
        });
    }

    [HttpGet("sl/poklicite-me/zasebnost"), HttpGet("en/call-me-back/privacy")]
    public IActionResult Privacy()
    {
        if (Site() is not { } site)
        {
            return SiteController.UnavailableResult(Response);
        }

        var notice = PrivacyNotice.For(site.Language);
        return View("~/Site/CallBack/CallBackPrivacy.cshtml", new CallBackPrivacyPage(site)
        {
            Title = notice.Title,
            Description = notice.Lead,
            Notice = notice,
            C = CallBackTexts.For(site.Language),
            Alternates = SiteLanguage.All.ToDictionary(l => l, CallBackPaths.Privacy),
            Breadcrumbs = [new Crumb(site.T.Home, site.HomeUrl), new Crumb(CallBackTexts.For(site.Language).Title, CallBackPaths.Form(site.Language))],
        });
    }

    private SiteContext? Site()
    {
        // The form and what follows are personal: no shared cache keeps them, and each form has its own token.
        Response.Headers.CacheControl = "no-store";
        return SiteController.For(snapshots, clock, Request, Request.Path.StartsWithSegments("/en") ? "en" : "sl");
    }

    private ViewResult Show(SiteContext site, CallBackAbout about, CallBackInput input, IReadOnlyList<(string Field, string Message)> errors, string? notice)
    {
        var texts = CallBackTexts.For(site.Language);
        // Set as the current item, a sensitive service (violence) keeps its quick exit and neutral tab title here too.
        site.Current = about.Service ?? about.LifeChallenge;
        var crumbs = new List<Crumb> { new(site.T.Home, site.HomeUrl) };
        if (site.Current is { } from && site.Url(from) is { } url)
        {
            crumbs.Add(new Crumb(site.Name(from), url));
        }

        return View("~/Site/CallBack/CallBackForm.cshtml", new CallBackFormPage(site)
        {
            Title = texts.Title,
            BrowserTitle = errors.Count > 0 || notice is not null ? texts.ErrorTitlePrefix + texts.Title : null,
            NoIndex = true,
            C = texts,
            Token = guard.Issue(FormName),
            About = about,
            Input = input,
            Languages = CallBackFormPage.LanguagesFor(options.Languages),
            Errors = errors,
            Notice = notice,
            Alternates = SiteLanguage.All.ToDictionary(l => l, l => CallBackPaths.Form(l) + about.Query),
            Breadcrumbs = crumbs,
        });
    }

    private static string Cut(string? value, int max) => value is null ? string.Empty : value.Length <= max ? value : value[..max];
}
