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
}
