using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Corrections;

/// <summary>The addresses of "Predlagaj popravek" in each language; the item goes with them as <c>?item=</c>.</summary>
public static class CorrectionPaths
{
    public static string Form(SiteLanguage language) => language.IsDefault ? "/sl/predlagaj-popravek" : "/en/suggest-a-correction";

    public static string Sent(SiteLanguage language) => Form(language) + (language.IsDefault ? "/poslano" : "/sent");

    public static string For(SiteLanguage language, Guid item) => Form(language) + "?item=" + item.ToString("D");

    /// <summary>A published service or organisation with a page in this language; anything else is not something to correct here.</summary>
    public static PublishedContent? Item(SiteContext site, string? item) =>
        Guid.TryParse(item, out var key) && site.Snapshot.Get(key) is { } found && found.ContentType.Alias is "service" or "organisation" && site.Url(found) is not null
            ? found
            : null;
}

/// <summary>The values the person entered, shown again after a refused or invalid sending.</summary>
public sealed record CorrectionInput(string Text, string Email, bool Consent)
{
    public static readonly CorrectionInput Empty = new(string.Empty, string.Empty, false);
}

public sealed class CorrectionFormPage(SiteContext site) : SitePage(site)
{
    public required CorrectionTexts C { get; init; }
    public required string Token { get; init; }
    public required PublishedContent Item { get; init; }
    public required CorrectionInput Input { get; init; }
    public IReadOnlyList<(string Field, string Message)> Errors { get; init; } = [];
    /// <summary>A calm message when the form's defences refused the sending (never why).</summary>
    public string? Notice { get; init; }

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}

public sealed class CorrectionSentPage(SiteContext site) : SitePage(site)
{
    public required CorrectionTexts C { get; init; }
    /// <summary>The page the suggestion was about, to go back to.</summary>
    public PublishedContent? Item { get; init; }
}
