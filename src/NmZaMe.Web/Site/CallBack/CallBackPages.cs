using System.Globalization;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.CallBack;

/// <summary>The addresses of "Pokličite me" in each language.</summary>
public static class CallBackPaths
{
    public static string Form(SiteLanguage language) => language.IsDefault ? "/sl/poklicite-me" : "/en/call-me-back";

    public static string Sent(SiteLanguage language) => Form(language) + (language.IsDefault ? "/poslano" : "/sent");

    public static string Privacy(SiteLanguage language) => Form(language) + (language.IsDefault ? "/zasebnost" : "/privacy");

    /// <summary>The form, opened from a service page: the service (and so its life situation) goes with it.</summary>
    public static string ForService(SiteLanguage language, Guid service) => Form(language) + "?service=" + service.ToString("D");
}

/// <summary>What the form was opened from: a service page (its life situation with it) or a life situation.</summary>
public sealed record CallBackAbout(PublishedContent? Service, PublishedContent? LifeChallenge)
{
    public static readonly CallBackAbout Nothing = new(null, null);

    /// <summary>Only published items of the right type count; anything else in the query is ignored.</summary>
    public static CallBackAbout From(SiteContext site, string? service, string? lifeChallenge)
    {
        var item = Guid.TryParse(service, out var s) && site.Snapshot.Get(s) is { } found && found.ContentType.Alias == "service" && site.Url(found) is not null ? found : null;
        var situation = Guid.TryParse(lifeChallenge, out var l) && site.Snapshot.Get(l) is { } picked && picked.ContentType.Alias == "lifeChallenge" && site.Url(picked) is not null
            ? picked
            : item is null ? null : site.Picked(item, "lifeChallenges").FirstOrDefault(c => c.ContentType.Alias == "lifeChallenge");
        return new CallBackAbout(item, situation);
    }

    public string Query => (Service, LifeChallenge) switch
    {
        ({ } s, _) => "?service=" + s.Key.ToString("D"),
        (null, { } l) => "?lifeChallenge=" + l.Key.ToString("D"),
        _ => string.Empty,
    };
}

/// <summary>The values the person entered, shown again after a refused or invalid sending.</summary>
public sealed record CallBackInput(string Contact, string FirstName, string Reachable, string Language, string Note, bool Consent)
{
    public static CallBackInput Empty(SiteLanguage language) => new(string.Empty, string.Empty, string.Empty, language.Segment, string.Empty, false);
}

public sealed record LanguageChoice(string Code, string Name);

public sealed class CallBackFormPage(SiteContext site) : SitePage(site)
{
    public required CallBackTexts C { get; init; }
    public required string Token { get; init; }
    public required CallBackAbout About { get; init; }
    public required CallBackInput Input { get; init; }
    public required IReadOnlyList<LanguageChoice> Languages { get; init; }
    public IReadOnlyList<(string Field, string Message)> Errors { get; init; } = [];
    /// <summary>A calm message when the form's defences refused the sending (never why).</summary>
    public string? Notice { get; init; }

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>Slovenian and English, then the languages the office set (<c>NmZaMe:CallBack:Languages</c>), each in its own name.</summary>
    public static IReadOnlyList<LanguageChoice> LanguagesFor(IEnumerable<string> configured)
    {
        var list = new List<LanguageChoice> { new("sl", "slovenščina"), new("en", "English") };
        foreach (var code in configured.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length is > 1 and < 16).Distinct())
        {
            if (list.Any(l => l.Code == code))
            {
                continue;
            }

            string name;
            try
            {
                name = CultureInfo.GetCultureInfo(code).NativeName;
            }
            catch (CultureNotFoundException)
            {
                name = code;
            }

            list.Add(new LanguageChoice(code, name));
        }

        return list;
    }
}

public sealed class CallBackSentPage(SiteContext site) : SitePage(site)
{
    public required CallBackTexts C { get; init; }
    public Shared.OfficeInfo? Office { get; init; }
}

public sealed class CallBackPrivacyPage(SiteContext site) : SitePage(site)
{
    public required PrivacyNotice Notice { get; init; }
    public required CallBackTexts C { get; init; }
}
