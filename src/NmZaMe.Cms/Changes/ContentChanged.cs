using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Changes;

/// <summary>
/// A committed change as after-commit handlers see it: the change, the snapshot readers saw before it (null before the
/// first load) and the one they see now.
/// </summary>
public sealed record ContentChanged(ContentChange Change, PublishedSnapshot? Before, PublishedSnapshot After)
{
    public ContentChangeKind Kind => Change.Kind;

    public IReadOnlyList<Guid> Keys => Change.Keys;

    public IReadOnlyList<string> Cultures => Change.Cultures;
}
