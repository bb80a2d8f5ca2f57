namespace NmZaMe.Cms.Persistence;

/// <summary>
/// One line of an item's history: who did what, when. Keyed by the item's key without a foreign key, so the history
/// outlives the item when the recycle bin is emptied.
/// </summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    public DateTime Date { get; set; }

    public string? UserName { get; set; }

    /// <summary>Save, Publish, Unpublish, Trash, Restore, Move, Copy, Sort, Rollback, Schedule, SendForApproval, Approve, Reject, Delete, Upload…</summary>
    public string Action { get; set; } = string.Empty;

    public string? Culture { get; set; }

    public string? Detail { get; set; }
}
