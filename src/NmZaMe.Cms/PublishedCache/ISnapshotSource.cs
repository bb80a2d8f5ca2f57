namespace NmZaMe.Cms.PublishedCache;

/// <summary>Where readers get the current published snapshot; the only snapshot type a reader should depend on.</summary>
public interface ISnapshotSource
{
    /// <summary>False only during start-up, until the first snapshot is in place (<see cref="Current"/> throws until then).</summary>
    bool IsLoaded => true;

    PublishedSnapshot Current { get; }
}
