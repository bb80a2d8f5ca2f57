namespace NmZaMe.Cms.Persistence;

/// <summary>
/// One committed change in the change log (Umbraco's cache instructions), written in the same transaction as the
/// change itself, so other nodes can apply it. <see cref="Sequence"/> is the commit order, given by the database as the
/// transaction commits (see Changes/ChangeLog); it is null only inside the writing transaction.
/// </summary>
public sealed class ChangeLogRecord
{
    public long Id { get; set; }

    public long? Sequence { get; set; }

    public DateTime UtcStamp { get; set; }

    /// <summary>The node that made the change (its node id).</summary>
    public string Originated { get; set; } = string.Empty;

    /// <summary>The change as JSON: kind, keys, cultures.</summary>
    public string JsonInstruction { get; set; } = string.Empty;
}
