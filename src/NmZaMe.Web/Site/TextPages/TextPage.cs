using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Services;

namespace NmZaMe.Web.Site.TextPages;

/// <summary>The office page, about the system, the accessibility statement; also the folders, which list their children.</summary>
public sealed class TextPage(SiteContext site) : SitePage(site)
{
    public Localized? Body { get; init; }

    public required IReadOnlyList<Link> Children { get; init; }

    public static TextPage Build(SiteContext site, PublishedContent page) => new(site)
    {
        Title = site.Name(page),
        Description = site.PlainText(page, "body") is { Length: > 0 } text ? text[..Math.Min(text.Length, 160)] : null,
        Body = RichTextHeadings.Fit(site.RichText(page, "body"), 2),
        Children = site.Children(page).Where(c => site.Url(c) is not null).Select(c => new Link(site.Name(c), site.Url(c)!)).ToArray(),
    };
}
