namespace NmZaMe.Cms.PublishedCache;

/// <summary>The snapshot readers saw before a load or refresh (null before the first load) and the one in place now.</summary>
public sealed record SnapshotSwap(PublishedSnapshot? Before, PublishedSnapshot After);
