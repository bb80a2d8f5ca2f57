using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Catalogue;

/// <summary>
/// "Checked" on a catalogue entry: <c>lastReviewed</c> (when) and <c>reviewedBy</c> (which organisation checked it: the
/// provider itself or the Local Welfare Office), both invariant, on the catalogueEntry composition. The date may only
/// be set on an entry that can be reached through a channel of its own (<see cref="ContactChannels"/>): a record
/// nobody can contact is not "checked", whatever the date says.
/// </summary>
public static class Review
{
    public const string LastReviewed = "lastReviewed";
    public const string ReviewedBy = "reviewedBy";

    /// <summary>The error code for a checked date on an entry without a contact channel of its own; the back office has the words.</summary>
    public const string WithoutContactChannel = "review.withoutContactChannel";

    /// <summary>Whether stored data carries a checked date.</summary>
    public static bool IsMarked(ContentData data) => !string.IsNullOrWhiteSpace(data.Value(LastReviewed, string.Empty));

    /// <summary>
    /// <see cref="WithoutContactChannel"/> when <paramref name="draft"/> carries a checked date but no contact channel
    /// of its own, else null. <paramref name="parent"/> is the parent's draft: a service of a confidential organisation
    /// cannot count its locations' addresses, which are never shown.
    /// </summary>
    public static string? Refusal(ContentSchema schema, ContentType type, ContentData draft, ContentData? parent)
    {
        if (schema.Property(type, LastReviewed) is null || !IsMarked(draft))
        {
            return null;
        }

        var entry = PublishedContentFactory.Create(
            new PublishedSource(0, Guid.Empty, null, 0, 0, type.Alias, DateTime.UtcNow, DateTime.UtcNow, draft.Serialize()), schema);
        var confidential = IsConfidential(draft) || (parent is not null && IsConfidential(parent));
        return entry is null || ContactChannels.HasOwn(entry, confidential) ? null : WithoutContactChannel;
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
        draft.SetValue(LastReviewed, string.Empty, utcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        draft.SetValue(ReviewedBy, string.Empty, Udi.Document(reviewer));
    }
}
