using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.Site.RichText;

namespace NmZaMe.Web.Site;

/// <summary>Text in the page's language, or in Slovenian (marked with <see cref="Lang"/>) when no translation exists.</summary>
public sealed record Localized(string Value, string? Lang, bool IsHtml = false);

/// <summary>The banner a back-office preview of a draft shows above the page, in the editor's language.</summary>
public sealed record PreviewNotice(string Text, string EditorLabel, string EditorUrl, string Lang);

/// <summary>
/// What every public page needs for one request: the snapshot it reads (one snapshot for the whole request, so a
/// publish in the middle cannot mix versions), the language, the catalogue root and the local time.
/// </summary>
public sealed class SiteContext(PublishedSnapshot snapshot, SiteLanguage language, PublishedContent root, DateTime localNow, string baseUrl)
{
    public PublishedSnapshot Snapshot { get; } = snapshot;

    public SiteLanguage Language { get; } = language;

    public string Culture => Language.Culture;

    public Texts T { get; } = Texts.For(language);

    public HelpTexts Help { get; } = HelpTexts.For(language);

    public PublishedContent Root { get; } = root;

    /// <summary>Now, in Novo mesto.</summary>
    public DateTime LocalNow { get; } = localNow;

    /// <summary>Scheme and host of this request, for canonical URLs, Open Graph and the sitemap.</summary>
    public string BaseUrl { get; } = baseUrl;

    /// <summary>Set when the snapshot holds drafts shown to an editor, never on the public site.</summary>
    public PreviewNotice? Preview { get; init; }

    /// <summary>The item this page shows, if it shows one (for the language switcher and canonical URL).</summary>
    public PublishedContent? Current { get; set; }

    public string HomeUrl => Home(Language);

    public static string Home(SiteLanguage language) => "/" + language.Segment + "/";

    public string? Url(PublishedContent content) => UrlIn(content, Language);

    public string? UrlIn(PublishedContent content, SiteLanguage language) =>
        Snapshot.Route(content, language.Culture) is { } route ? "/" + language.Segment + route : null;

    public string Absolute(string path) => BaseUrl + path;

    public string Name(PublishedContent content) =>
        content.Name(Culture) ?? content.Name(SiteLanguage.Slovenian.Culture) ?? string.Empty;

    public string? Text(PublishedElement element, string alias) =>
        element.Value(alias, Culture) is string { Length: > 0 } s ? s : null;

    public Localized? LocalText(PublishedElement element, string alias) => Localize(element, alias, v => v as string, isHtml: false);

    /// <summary>An item's name in the page's language, or its Slovenian name marked as such.</summary>
    public Localized LocalName(PublishedContent content) =>
        content.Name(Culture) is { Length: > 0 } name
            ? new Localized(name, null)
            : new Localized(content.Name(SiteLanguage.Slovenian.Culture) ?? string.Empty, Language.IsDefault ? null : SiteLanguage.Slovenian.Segment);

    /// <summary>Rich text as sanitised when saved, its links and images resolved, phone numbers made tap-to-call.</summary>
    public Localized? RichText(PublishedElement element, string alias) =>
        Localize(element, alias, v => (v as RichTextValue)?.Markup, isHtml: true) is { } text
            ? text with { Value = PhoneLinks.Add(SiteReferences.Resolve(this, text.Value)) }
            : null;

    public string? PlainText(PublishedElement element, string alias) =>
        element.Value(alias, Culture) is RichTextValue r ? r.PlainText : Text(element, alias);

    public static IReadOnlyList<string> Strings(PublishedElement element, string alias) =>
        element.Value(alias, string.Empty) as string[] ?? [];

    public static string? First(PublishedElement element, string alias) => Strings(element, alias).FirstOrDefault();

    public static DateTime? Date(PublishedElement element, string alias) => element.Value(alias, string.Empty) as DateTime?;

    public static bool Flag(PublishedElement element, string alias) => element.Value(alias, string.Empty) is true;

    /// <summary>
    /// The blocks of a block list shown in the page's language: those exposed in it, else those exposed in Slovenian
    /// (Umbraco's fallback to the default language), whose texts <see cref="BlockText"/> then gives in Slovenian.
    /// </summary>
    public IReadOnlyList<PublishedElement> Blocks(PublishedElement element, string alias) =>
        (element.Value(alias, string.Empty) as BlockListValue)?.Items
            .Where(i => i.IsExposedIn(Culture) || i.IsExposedIn(SiteLanguage.Slovenian.Culture))
            .Select(i => i.Content).ToArray() ?? [];

    /// <summary>
    /// A text of a block (a contact's label, an hours note, a location's name) in the page's language; when it has not
    /// been translated yet, the Slovenian text marked as such. Invariant texts (a phone number) are the same in both.
    /// </summary>
    public Localized? BlockText(PublishedElement block, string alias) =>
        Localize(block, alias, v => v is string s ? s.Trim() : null, isHtml: false);

    /// <summary>Routable items a picker points at: a content picker stores one key, a tree picker several.</summary>
    public IEnumerable<PublishedContent> Picked(PublishedElement element, string alias)
    {
        IEnumerable<Guid> keys = element.Value(alias, string.Empty) switch
        {
            PickedItems items => items.Keys,
            Guid key => [key],
            _ => [],
        };
        return keys.Select(Snapshot.Get).OfType<PublishedContent>().Where(c => Url(c) is not null);
    }

    public IEnumerable<PublishedContent> Children(PublishedContent content) =>
        Snapshot.ChildrenOf(content.Key).Where(c => c.IsPublishedIn(Culture));

    public IEnumerable<PublishedContent> OfType(string contentType) =>
        Snapshot.Descendants(Root).Where(c => c.ContentType.Alias == contentType && c.IsPublishedIn(Culture) && Url(c) is not null);

    public PublishedContent? FirstOfType(string contentType) => OfType(contentType).FirstOrDefault();

    /// <summary>The Local Welfare Office: the organisation the root's officeContact picks.</summary>
    public PublishedContent? Office => _office ??= Picked(Root, "officeContact").FirstOrDefault();

    public string SearchUrl => (FirstOfType("searchPage") is { } page ? Url(page) : null) ?? HomeUrl;

    public string SiteName => Text(Root, "siteName") ?? Name(Root);

    public string Label(string value) => T.Value(value);

    public bool IsOpenNow(PublishedContent item) => OpeningHours.For(this, item).Any(h => h.IsOpenAt(LocalNow));

    private PublishedContent? _office;

    /// <summary>
    /// Text in the page's language, else the Slovenian text marked with its language. A property that does not vary by
    /// culture holds what editors wrote in the site's default language, Slovenian, so on the English site it is
    /// marked too: WCAG 3.1.2 wants every passage in another language to say so.
    /// </summary>
    private Localized? Localize(PublishedElement element, string alias, Func<object?, string?> read, bool isHtml)
    {
        if (!VariesByCulture(element, alias))
        {
            return read(element.Value(alias, string.Empty)) is { Length: > 0 } invariant
                ? new Localized(invariant, Language.IsDefault ? null : SiteLanguage.Slovenian.Segment, isHtml)
                : null;
        }

        if (read(element.Value(alias, Culture)) is { Length: > 0 } value)
        {
            return new Localized(value, null, isHtml);
        }

        // Editors translate step by step; Slovenian text marked as such is better than an empty section.
        var fallback = SiteLanguage.Slovenian;
        return !Language.IsDefault && read(element.Value(alias, fallback.Culture)) is { Length: > 0 } original
            ? new Localized(original, fallback.Segment, isHtml)
            : null;
    }

    private static bool VariesByCulture(PublishedElement element, string alias) =>
        element.ContentType.VariesByCulture && element.Properties.TryGetValue(alias, out var property) && property.Type.VariesByCulture;
}
