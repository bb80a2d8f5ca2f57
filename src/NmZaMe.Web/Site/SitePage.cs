namespace NmZaMe.Web.Site;

public sealed record Crumb(string Name, string Url);

/// <summary>What the layout needs from every page: title, description, structured data and the language alternates.</summary>
public abstract class SitePage(SiteContext site)
{
    public SiteContext Site { get; } = site;

    public Texts T => Site.T;

    public HelpTexts Help => Site.Help;

    public required string Title { get; init; }

    /// <summary>
    /// The browser tab's title when it must differ from <see cref="Title"/>: it is kept in the history of a shared
    /// family computer, so a page that echoes a search or names a sensitive topic sets a neutral one here.
    /// </summary>
    public string? BrowserTitle { get; init; }

    public string? Description { get; init; }

    /// <summary>schema.org JSON-LD, already serialised with &lt; escaped so it cannot close the script element.</summary>
    public string? JsonLd { get; init; }

    public string OgType { get; init; } = "website";

    public bool NoIndex { get; init; }

    /// <summary>The path of this page in each language; by default the current item's route, else each home page.</summary>
    public IReadOnlyDictionary<SiteLanguage, string> Alternates { get; init; } = DefaultAlternates(site);

    public string? CanonicalPath => NoIndex ? null : Alternates.GetValueOrDefault(Site.Language);

    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = DefaultBreadcrumbs(site);

    private static Dictionary<SiteLanguage, string> DefaultAlternates(SiteContext site) =>
        SiteLanguage.All
            .Select(l => (Language: l, Path: site.Current is { } c ? site.UrlIn(c, l) : SiteContext.Home(l)))
            .Where(a => a.Path is not null)
            .ToDictionary(a => a.Language, a => a.Path!);

    private static Crumb[] DefaultBreadcrumbs(SiteContext site)
    {
        if (site.Current is not { } current || current.Key == site.Root.Key)
        {
            return [];
        }

        return site.Snapshot.Ancestors(current).Reverse()
            .Select(a => new Crumb(a.Key == site.Root.Key ? site.T.Home : site.Name(a), site.Url(a) ?? site.HomeUrl))
            .ToArray();
    }
}

/// <summary>A page with nothing beyond the layout's needs (the 404 page, the start-up notice).</summary>
public sealed class PlainPage(SiteContext site) : SitePage(site);
