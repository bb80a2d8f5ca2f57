using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Shared;

/// <summary>
/// An image a media picker chose (an organisation's logo, a news article's picture) as the page shows it: its URL, its
/// size (so the layout does not jump) and its alternative text, which is Slovenian (media alt text is invariant) and
/// so marked on English pages.
/// </summary>
public sealed record PickedImage(string Url, int? Width, int? Height, string Alt, string? Lang)
{
    /// <param name="fallbackAlt">The text when the media item has none (an organisation's logo: its name).</param>
    public static PickedImage? Of(SiteContext site, PublishedContent item, string alias, string fallbackAlt)
    {
        if (item.Value(alias, site.Culture) is not List<MediaPickerEntry> { Count: > 0 } picked
            || !site.Snapshot.Media.TryGetValue(picked[0].MediaKey, out var media)
            || site.Snapshot.MediaUrl(media.Key) is not { } url)
        {
            return null;
        }

        var alt = media.Value("altText", string.Empty) as string is { Length: > 0 } text ? text : fallbackAlt;
        return new PickedImage(url, Number(media, "umbracoWidth"), Number(media, "umbracoHeight"), alt, site.Language.IsDefault ? null : SiteLanguage.Slovenian.Segment);
    }

    private static int? Number(PublishedContent media, string alias) =>
        media.Value(alias, string.Empty) is string s && int.TryParse(s, out var n) && n > 0 ? n : null;
}
