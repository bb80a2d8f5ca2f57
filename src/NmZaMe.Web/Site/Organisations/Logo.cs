using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Organisations;

/// <summary>
/// An organisation's logo as the page shows it: the picked image's URL, its size (so the layout does not jump) and its
/// alternative text, which is Slovenian (media alt text is invariant) and so marked on English pages.
/// </summary>
public sealed record Logo(string Url, int? Width, int? Height, string Alt, string? Lang)
{
    public static Logo? Of(SiteContext site, PublishedContent organisation)
    {
        if (organisation.Value("logo", site.Culture) is not List<MediaPickerEntry> { Count: > 0 } picked
            || !site.Snapshot.Media.TryGetValue(picked[0].MediaKey, out var media)
            || site.Snapshot.MediaUrl(media.Key) is not { } url)
        {
            return null;
        }

        var alt = media.Value("altText", string.Empty) as string is { Length: > 0 } text ? text : site.Name(organisation);
        return new Logo(url, Number(media, "umbracoWidth"), Number(media, "umbracoHeight"), alt, site.Language.IsDefault ? null : SiteLanguage.Slovenian.Segment);
    }

    private static int? Number(PublishedContent media, string alias) =>
        media.Value(alias, string.Empty) is string s && int.TryParse(s, out var n) && n > 0 ? n : null;
}
