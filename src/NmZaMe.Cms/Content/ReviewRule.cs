using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Content;

/// <summary>
/// The <see cref="Review"/> rule applied to stored drafts when they are saved or published: a checked date needs a
/// contact channel of the entry's own (<see cref="ContactChannels"/>).
/// </summary>
public static class ReviewRule
{
    /// <summary>
    /// Whether <paramref name="draft"/> marks the entry checked anew: a date that <paramref name="before"/> (the draft as
    /// it was before this save, or the published data when publishing) did not carry. A date carried over unchanged, as
    /// the uSync seed may hold on an entry without contacts, is not a new claim: editing such an entry's summary is not
    /// refused, and the site does not show that date anyway.
    /// </summary>
    public static bool IsNewlyMarked(ContentData draft, ContentData? before) =>
        draft.Value(Review.LastReviewed, string.Empty) is { } date && !string.IsNullOrWhiteSpace(date)
        && date != before?.Value(Review.LastReviewed, string.Empty);

    /// <summary>
    /// <see cref="Review.WithoutContactChannel"/> when <paramref name="draft"/>, which marks the entry checked, has no
    /// contact channel of its own, else null. <paramref name="parent"/> is the parent's draft: a service of a confidential organisation
    /// cannot count its locations' addresses, which are never shown.
    /// </summary>
    public static string? Refusal(ContentSchema schema, ContentType type, ContentData draft, ContentData? parent)
    {
        if (schema.Property(type, Review.LastReviewed) is null)
        {
            return null;
        }

        var entry = PublishedContentFactory.Create(
            new PublishedSource(0, Guid.Empty, null, 0, 0, type.Alias, DateTime.UtcNow, DateTime.UtcNow, draft.Serialize()), schema);
        var confidential = IsConfidential(draft) || (parent is not null && IsConfidential(parent));
        return entry is null || ContactChannels.HasOwn(entry, confidential) ? null : Review.WithoutContactChannel;
    }

    /// <summary>The draft of the node with this id, for <see cref="Refusal"/>; null for none.</summary>
    public static async Task<ContentData?> ParentDraftAsync(CmsDbContext db, int? parentId, CancellationToken cancellationToken) =>
        parentId is { } id && await db.Nodes.AsNoTracking().Where(n => n.Id == id).Select(n => n.DraftData).FirstOrDefaultAsync(cancellationToken) is { } data
            ? ContentData.Deserialize(data)
            : null;

    /// <summary>Whether stored data marks a confidential location (an organisation's <c>confidentialLocation</c>).</summary>
    public static bool IsConfidential(ContentData data) => data.Value("confidentialLocation", string.Empty) == "1";

    /// <summary>
    /// Marks a draft checked now by <paramref name="reviewer"/> (an organisation's key: the editor's own organisation,
    /// or the office), in the stored formats of the two properties; for a "confirm unchanged" action.
    /// </summary>
    public static void Record(ContentData draft, DateTime utcNow, Guid reviewer)
    {
        draft.SetValue(Review.LastReviewed, string.Empty, utcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        draft.SetValue(Review.ReviewedBy, string.Empty, Udi.Document(reviewer));
    }
}
