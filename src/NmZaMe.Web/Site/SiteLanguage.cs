using Microsoft.Net.Http.Headers;

namespace NmZaMe.Web.Site;

/// <summary>A language of the public site: the first URL segment ("sl", "en") and the content culture it reads.</summary>
public sealed record SiteLanguage(string Segment, string Culture, string NativeName)
{
    public static readonly SiteLanguage Slovenian = new("sl", "sl-SI", "Slovenščina");
    public static readonly SiteLanguage English = new("en", "en-US", "English");

    public static IReadOnlyList<SiteLanguage> All { get; } = [Slovenian, English];

    public bool IsDefault => ReferenceEquals(this, Slovenian);

    public static SiteLanguage? FromSegment(string? segment) =>
        All.FirstOrDefault(l => string.Equals(l.Segment, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The site language an Accept-Language header ranks highest ("en-GB,en;q=0.9,sl;q=0.5" → English). Only a
    /// language the site has counts ("de, en;q=0.3" is English); q=0 means "not this one"; on equal quality the one
    /// listed first wins. Without a match: Slovenian, the language every text exists in.
    /// </summary>
    public static SiteLanguage Preferred(IEnumerable<StringWithQualityHeaderValue>? acceptLanguage) =>
        (acceptLanguage ?? [])
            .Select((v, i) => (Range: v.Value.Value ?? string.Empty, Quality: v.Quality ?? 1.0, Order: i))
            .Where(v => v.Quality > 0)
            .OrderByDescending(v => v.Quality).ThenBy(v => v.Order)
            .Select(v => All.FirstOrDefault(l => Matches(v.Range, l.Segment)))
            .FirstOrDefault(l => l is not null) ?? Slovenian;

    private static bool Matches(string range, string segment) =>
        range.Equals(segment, StringComparison.OrdinalIgnoreCase)
        || (range.Length > segment.Length && range[segment.Length] == '-' && range.StartsWith(segment, StringComparison.OrdinalIgnoreCase));
}
