namespace NmZaMe.Web.Site.Search;

/// <summary>The words of what search understood (kept beside the search page, in both languages).</summary>
public sealed record SearchTexts(string MaybeLookingFor, string PartialMatches, string UrgentHelp)
{
    public static readonly SearchTexts Slovenian = new(
        "Morda iščete",
        "Naslednji zadetki se z iskanjem ujemajo le delno.",
        "Nujna pomoč");

    public static readonly SearchTexts English = new(
        "You may be looking for",
        "The results below match your search only in part.",
        "Urgent help");

    public static SearchTexts For(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Slovenian;
}
