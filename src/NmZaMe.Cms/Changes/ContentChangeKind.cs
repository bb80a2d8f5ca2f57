namespace NmZaMe.Cms.Changes;

/// <summary>
/// What kind of committed write a <see cref="ContentChange"/> reports. The names follow Umbraco's notifications and
/// webhook events, so a webhook or a log can carry them as they are. A new kind of write that changes what readers see
/// (a redirect deleted, a search setting edited) gets a member of its own here.
/// </summary>
public enum ContentChangeKind
{

    /// <summary>Cultures of a document went live (all of an invariant one).</summary>
    Published,

    /// <summary>A culture of a document, or the whole document, was taken off the site.</summary>
    Unpublished,

    /// <summary>A document moved under another parent; the keys are its whole branch.</summary>
    Moved,

    /// <summary>Children were put in a new order; the keys are the children whose place changed.</summary>
    Sorted,

    /// <summary>A branch went to the recycle bin; the keys are the whole branch.</summary>
    Trashed,

    /// <summary>A branch came back from the recycle bin (unpublished, as in Umbraco); the keys are the whole branch.</summary>
    Restored,

    /// <summary>
    /// Trashed documents were deleted for good. Only what is in the recycle bin can be deleted, so the published
    /// snapshot does not change and is not re-read.
    /// </summary>
    Deleted,

    /// <summary>Media items or folders were created or edited (media is published at once).</summary>
    MediaSaved,

    /// <summary>A media item or folder moved; the keys are the item and its contents.</summary>
    MediaMoved,

    /// <summary>A media item or an empty folder was deleted.</summary>
    MediaDeleted,

    /// <summary>The whole snapshot (schema and content) was loaded from the database; the keys are empty.</summary>
    Reloaded,

    /// <summary>Redirects (old routes) were recorded or deleted; the keys are empty. Other nodes re-read their redirect table.</summary>
    RedirectsChanged,

    /// <summary>
    /// The uSync import changed the schema or imported content at a node's start-up; the keys are empty. Other nodes
    /// reload their whole snapshot, as a node that starts does.
    /// </summary>
    SchemaImported,

    /// <summary>
    /// Documents' drafts were saved (created, edited, copied, rolled back, imported): nothing readers see changed, so
    /// the published snapshot is not re-read; the back office's index follows, on this node and the others.
    /// </summary>
    Saved,
}
