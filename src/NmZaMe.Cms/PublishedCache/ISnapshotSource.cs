namespace NmZaMe.Cms.PublishedCache;

/// <summary>Where readers get the current published snapshot.</summary>
public interface ISnapshotSource
{
    PublishedSnapshot Current { get; }
}
