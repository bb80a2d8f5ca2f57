namespace NmZaMe.Cms.Catalogue;

/// <summary>
/// How many suggestions from citizens are still open per entry, for the organisation editor's home ("Moji vnosi"). The
/// engine registers <see cref="NoOpenCorrections"/>; the corrections inbox registers its own after <c>AddCms</c> (the
/// last registration wins), and the page lists the count with what else needs attention.
/// </summary>
public interface IOpenCorrections
{
    /// <summary>Open suggestions per entry key; entries without any may be left out.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> entries, CancellationToken cancellationToken);
}

/// <summary>Until corrections from citizens exist, no entry has any.</summary>
public sealed class NoOpenCorrections : IOpenCorrections
{
    public Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> entries, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, int>>(new Dictionary<Guid, int>());
}
