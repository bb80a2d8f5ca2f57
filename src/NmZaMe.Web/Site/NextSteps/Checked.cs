using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.NextSteps;

/// <summary>
/// "Preverjeno" (checked): when, and which organisation checked the entry. An entry without a contact channel of its
/// own is never shown as checked, whatever date it carries (the back office refuses to save such a date, but an
/// imported file may still hold one). Without a reviewer the Local Welfare Office, which keeps the catalogue, is named.
/// </summary>
public sealed record Checked(DateTime Date, Localized By)
{
    public static Checked? For(SiteContext site, PublishedContent item)
    {
        if (SiteContext.Date(item, Review.LastReviewed) is not { } date || !ContactChannels.HasOwn(item, IsConfidential(site, item)))
        {
            return null;
        }

        var reviewer = site.Picked(item, Review.ReviewedBy).FirstOrDefault() ?? site.Office;
        return reviewer is null ? null : new Checked(date, site.LocalName(reviewer));
    }

    private static bool IsConfidential(SiteContext site, PublishedContent item) =>
        item.ContentType.Alias == "organisation"
            ? Address.IsConfidential(item)
            : item.ParentKey is { } key && site.Snapshot.Get(key) is { ContentType.Alias: "organisation" } provider && Address.IsConfidential(provider);
}
