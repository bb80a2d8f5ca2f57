using System.Globalization;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>
/// What every HSDS answer reads for one request: one published snapshot (never the database, so the API keeps
/// answering while the database is down), the language asked for and the site's address for absolute URLs. Texts
/// are in the language asked for when the content has them, else in Slovenian, the language every text exists in.
/// </summary>
public sealed class HsdsContext(PublishedSnapshot snapshot, SiteLanguage language, string baseUrl, DateTime utcNow)
{
    private const string Slovenian = "sl-SI";

    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sl-SI"), CompareOptions.IgnoreCase);

    public PublishedSnapshot Snapshot { get; } = snapshot;

    public SiteLanguage Language { get; } = language;

    /// <summary>When the answer is made: a service alert past its end date is no longer shown.</summary>
    public DateTime UtcNow { get; } = utcNow;

    public string BaseUrl { get; } = baseUrl;

    public bool IsEnglish => !Language.IsDefault;

    /// <summary>Published organisations a citizen can open on the site, by name then id (a stable order for paging).</summary>
    public IReadOnlyList<PublishedContent> Organisations => _organisations ??= Ordered("organisation");

    public IReadOnlyList<PublishedContent> Services => _services ??= Ordered("service");

    public PublishedContent? Get(Guid key, string alias) =>
        Snapshot.Get(key) is { } item && item.ContentType.Alias == alias && IsPublic(item) ? item : null;

    public PublishedContent? ProviderOf(PublishedContent service) =>
        service.ParentKey is { } key ? Get(key, "organisation") : null;

    /// <summary>A safe house's address, and so every location of its services, is never published.</summary>
    public bool IsConfidential(PublishedContent organisation) => Address.IsConfidential(organisation);

    public bool IsConfidentialService(PublishedContent service) => ProviderOf(service) is { } provider && IsConfidential(provider);

    public string Name(PublishedContent item) => item.Name(Language.Culture) ?? item.Name(Slovenian) ?? string.Empty;

    public string? PageUrl(PublishedContent item) =>
        (Snapshot.Route(item, Language.Culture) is { } route ? BaseUrl + "/" + Language.Segment + route : null)
        ?? (Snapshot.Route(item, Slovenian) is { } sl ? BaseUrl + "/sl" + sl : null);

    /// <summary>A text property in the language asked for, else the Slovenian one; rich text as its markup.</summary>
    public string? Text(PublishedElement element, string alias) =>
        Read(element.Value(alias, Language.Culture)) ?? Read(element.Value(alias, Slovenian)) ?? Read(element.Value(alias, string.Empty));

    /// <summary>Rich text without its markup, for HSDS fields that are plain text.</summary>
    public string? PlainText(PublishedElement element, string alias) =>
        Plain(element.Value(alias, Language.Culture)) ?? Plain(element.Value(alias, Slovenian)) ?? Plain(element.Value(alias, string.Empty));

    /// <summary>The label of a stored list value (stored values are Slovenian).</summary>
    public string Label(string stored) => IsEnglish ? ValueLabels.English.GetValueOrDefault(stored, stored) : stored;

    public static IReadOnlyList<string> Strings(PublishedElement element, string alias) => element.Value(alias, string.Empty) as string[] ?? [];

    public static string? Invariant(PublishedElement element, string alias) =>
        element.Value(alias, string.Empty) is string { Length: > 0 } s && s.Trim() is { Length: > 0 } t ? t : null;

    /// <summary>The blocks of a block list shown in the language asked for, else those shown in Slovenian (as the site does).</summary>
    public IReadOnlyList<PublishedElement> Blocks(PublishedElement element, string alias) =>
        (element.Value(alias, string.Empty) as BlockListValue)?.Items
            .Where(i => i.IsExposedIn(Language.Culture) || i.IsExposedIn(Slovenian))
            .Select(i => i.Content).ToArray() ?? [];

    /// <summary>Links in rich text point at the site with site-relative paths; HSDS consumers live elsewhere.</summary>
    public string AbsoluteLinks(string markup) =>
        markup.Replace("href=\"/", "href=\"" + BaseUrl + "/", StringComparison.Ordinal).Replace("src=\"/", "src=\"" + BaseUrl + "/", StringComparison.Ordinal);

    public string? Absolute(string? url) =>
        url is null ? null
        : url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? BaseUrl + url
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    /// <summary>When the item last changed in any language: HSDS's last_modified and what modified_after compares.</summary>
    public static DateTime LastModified(PublishedContent item)
    {
        var latest = item.UpdateDate;
        foreach (var culture in item.Cultures.Values)
        {
            latest = culture.UpdateDate > latest ? culture.UpdateDate : latest;
        }

        return DateTime.SpecifyKind(latest, DateTimeKind.Utc);
    }

    /// <summary>RFC 3339 in UTC with milliseconds, as HSDS asks for last_modified.</summary>
    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static int CompareNames(string a, string b) => NameOrder.Compare(a, b);

    private IReadOnlyList<PublishedContent>? _organisations;
    private IReadOnlyList<PublishedContent>? _services;

    /// <summary>Routable in Slovenian: what the site and the Delivery API show (drafts and unrouted items never are).</summary>
    private bool IsPublic(PublishedContent item) => Snapshot.IsRoutable(item, Slovenian) || Snapshot.IsRoutable(item, Language.Culture);

    private PublishedContent[] Ordered(string alias) =>
        Snapshot.All.Where(c => c.ContentType.Alias == alias && IsPublic(c))
            .Select(c => (Item: c, Name: Name(c)))
            .OrderBy(c => c.Name, NameOrder).ThenBy(c => c.Item.Key)
            .Select(c => c.Item).ToArray();

    private static string? Read(object? value) => value switch
    {
        string s when s.Trim() is { Length: > 0 } t => t,
        RichTextValue r when r.Markup.Trim() is { Length: > 0 } m => m,
        _ => null,
    };

    private static string? Plain(object? value) => value switch
    {
        RichTextValue r when r.PlainText.Trim() is { Length: > 0 } t => t,
        _ => Read(value),
    };
}
