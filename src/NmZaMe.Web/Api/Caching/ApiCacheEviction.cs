using Microsoft.AspNetCore.OutputCaching;
using NmZaMe.Cms.Changes;

namespace NmZaMe.Web.Api.Caching;

/// <summary>
/// Empties every API's output cache once a change is in the snapshot. ETags need nothing: they are hashes of the
/// answer, so a changed answer has a new one.
/// </summary>
public sealed class ApiCacheEviction(IOutputCacheStore store, ILogger<ApiCacheEviction> logger) : IContentChangedHandler
{
    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(change.Before, change.After))
        {
            return;
        }

        await store.EvictByTagAsync(ApiCaching.Tag, cancellationToken);
        logger.LogDebug("Evicted cached API answers after snapshot {Generation}", change.After.Generation);
    }
}
