using NmZaMe.Cms.Editors;

namespace NmZaMe.Web.Site.RichText;

/// <summary>
/// Internal links and images in rich text, as the public site shows them: a link to an item goes to its page in the
/// page's language, or to its Slovenian page (marked <c>hreflang="sl"</c>) when it has no translation; a link to
/// something no longer published keeps its text without an href; an image gets the media item's current URL and
/// loads lazily. The stored markup keeps Umbraco's references, so a rename or move never breaks them.
/// </summary>
public static class SiteReferences
{
    public static string Resolve(SiteContext site, string markup) =>
        RichTextReferences.Resolve(
            markup,
            (kind, key) => kind == RichTextLinkKind.Media ? Href(site.Snapshot.MediaUrl(key)) : DocumentLink(site, key),
            key => site.Snapshot.MediaUrl(key) is { } url ? [new("src", url), new("loading", "lazy"), new("decoding", "async")] : null);

    private static IReadOnlyList<KeyValuePair<string, string>>? DocumentLink(SiteContext site, Guid key)
    {
        if (site.Snapshot.Get(key) is not { } content)
        {
            return null;
        }

        if (site.Url(content) is { } url)
        {
            return [new("href", url)];
        }

        return !site.Language.IsDefault && site.UrlIn(content, SiteLanguage.Slovenian) is { } slovenian
            ? [new("href", slovenian), new("hreflang", SiteLanguage.Slovenian.Segment)]
            : null;
    }

    private static IReadOnlyList<KeyValuePair<string, string>>? Href(string? url) => url is null ? null : [new("href", url)];
}
