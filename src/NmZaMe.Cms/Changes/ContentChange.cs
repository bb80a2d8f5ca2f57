namespace NmZaMe.Cms.Changes;

/// <summary>
/// One committed write, as the use case that made it describes it: the kind, the keys of the items it touched and, for
/// a culture-variant publish or unpublish, the cultures. Writers see it before the commit; handlers get it with the
/// snapshots either side (<see cref="ContentChanged"/>).
/// </summary>
public sealed record ContentChange(ContentChangeKind Kind, IReadOnlyList<Guid> Keys)
{
    /// <summary>The cultures the write was about; empty means every culture, or an invariant item.</summary>
    public IReadOnlyList<string> Cultures { get; init; } = [];

    /// <summary>
    /// True when another node made the write and this node applies it from the change log. Handlers that store
    /// something in the database (the redirect recorder) leave such a change alone: the node that made it stored that.
    /// </summary>
    public bool FromOtherNode { get; init; }
}
