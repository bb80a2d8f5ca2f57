namespace NmZaMe.Cms.Persistence;

/// <summary>A change to the live site asked for by someone without the publish permission, as Umbraco's granular rights refuse it.</summary>
public enum ContentRequestKind
{
    /// <summary>Move the item (with its branch) under <see cref="ContentRequestRecord.Argument"/>: a parent key, or empty for the root.</summary>
    Move,

    /// <summary>Put the children of the item (<see cref="Guid.Empty"/>: the root level) in the order of the comma-separated keys in the argument.</summary>
    Sort,

    /// <summary>Unpublish the culture in the argument, or the whole item when it is empty.</summary>
    Unpublish,

    /// <summary>Move the item with its branch to the recycle bin.</summary>
    Trash,

    /// <summary>
    /// Publish the item with its descendants: exactly the items, versions and cultures in the argument
    /// (<see cref="Content.ContentRequests.Branch(IEnumerable{Content.ContentRequests.BranchItem})"/>), the item first.
    /// </summary>
    PublishBranch,
}

/// <summary>
/// A waiting request to change the live site (a move, a new order, an unpublish, a trash). Approving applies it through
/// the same use case an editor with the publish permission runs; rejecting removes it and leaves the site as it is.
/// </summary>
public sealed class ContentRequestRecord
{
    public long Id { get; set; }

    /// <summary>The item the request is about; for <see cref="ContentRequestKind.Sort"/> the parent (<see cref="Guid.Empty"/>: the root).</summary>
    public Guid NodeKey { get; set; }

    public ContentRequestKind Kind { get; set; }

    public string Argument { get; set; } = string.Empty;

    public string RequestedBy { get; set; } = string.Empty;

    public DateTime RequestedAt { get; set; }
}
