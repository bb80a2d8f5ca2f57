namespace NmZaMe.Cms.Persistence;

/// <summary>One document or media item: its place in the tree plus its current draft and published data.</summary>
public sealed class NodeRecord
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public int? ParentId { get; set; }

    public int Level { get; set; }

    /// <summary>Ids from the root down to this node, comma separated, Umbraco style: "-1,12,34".</summary>
    public string Path { get; set; } = "-1";

    public int SortOrder { get; set; }

    public ContentKind Kind { get; set; }

    public string ContentTypeAlias { get; set; } = string.Empty;

    public bool Trashed { get; set; }

    /// <summary>Where a trashed item came from, so it can be restored there.</summary>
    public Guid? TrashedParentKey { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    /// <summary>The edited version (<see cref="ContentData"/> as JSON).</summary>
    public string DraftData { get; set; } = "{}";

    /// <summary>The published version, or null when no culture is published.</summary>
    public string? PublishedData { get; set; }

    /// <summary>Who asked for the current draft to be approved and published (a writer or organisation editor); null when nothing waits.</summary>
    public string? ApprovalRequestedBy { get; set; }

    public DateTime? ApprovalRequestedAt { get; set; }

    /// <summary>Incremented on every save; two editors saving the same version are detected with it.</summary>
    public int Version { get; set; }
}
