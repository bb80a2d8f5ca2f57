using Microsoft.AspNetCore.OutputCaching;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Caching;

/// <summary>
/// Output caching of public pages. Every page may show any published item (tiles, office hours, lists), so a
/// publish evicts all of them: simple and correct beats clever. The snapshot generation is also part of the key,
/// so a page rendered from the old snapshot while a publish is in flight can never be served afterwards.
/// </summary>
public static class SiteCache
{
    public const string Policy = "site";
    public const string Tag = "site-pages";

    /// <summary>The only query keys pages read; others do not split the cache.</summary>
    private static readonly string[] QueryKeys = ["q", "page", "group", "municipality", "cost", "open", "id", "lifeChallenge", "targetGroup", "topic", "letter", "list"];

    public static void Configure(OutputCacheOptions options) =>
        options.AddPolicy(Policy, b => b
            // A search is recorded for the office each time it is asked, and its result links carry its own token.
            .With(context => !context.HttpContext.Request.Query.ContainsKey("q"))
            .Tag(Tag)
            .SetVaryByQuery(QueryKeys)
            .VaryByValue(context =>
            {
                var snapshots = context.RequestServices.GetRequiredService<ISnapshotSource>();
                return new KeyValuePair<string, string>("generation", snapshots.IsLoaded ? snapshots.Current.Generation.ToString() : "-");
            })
            // "Open now" depends on the clock; a minute of staleness is acceptable for opening hours.
            .Expire(TimeSpan.FromSeconds(60)));
}

/// <summary>
/// Evicts cached pages once a change is in the snapshot. Registered last, so pages rendered after the eviction also
/// see the other handlers' work (the search index).
/// </summary>
public sealed class SiteCacheEviction(IOutputCacheStore store, ILogger<SiteCacheEviction> logger) : IContentChangedHandler
{
    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(change.Before, change.After))
        {
            return;
        }

        await store.EvictByTagAsync(SiteCache.Tag, cancellationToken);
        logger.LogDebug("Evicted cached pages after snapshot {Generation} ({Count} items changed)", change.After.Generation, change.Keys.Count);
    }
}
