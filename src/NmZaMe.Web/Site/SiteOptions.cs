namespace NmZaMe.Web.Site;

/// <summary>Settings of the public site (<c>NmZaMe:Site</c>).</summary>
public sealed class SiteOptions
{
    public const string Section = "NmZaMe:Site";

    /// <summary>
    /// Where "Hitri izhod / Exit this page" leads: an absolute http(s) address (a weather or news site) or a path on
    /// this site. By default the site's own neutral page, which shows only the time and date.
    /// </summary>
    public string QuickExitUrl { get; set; } = Safety.NeutralPage.Path;

    public static bool IsValidExit(string? url) =>
        url is { Length: > 0 }
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http"));
}
