using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NmZaMe.Cms.Search;

/// <summary>
/// At start-up, reads the search index on disk while the snapshot is still loading, so the two loads overlap instead of
/// following each other. Keeping the index up to date afterwards is <see cref="SearchIndexUpdater"/>'s work.
/// </summary>
public sealed class SearchIndexPreloader(SearchIndex index, ILogger<SearchIndexPreloader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Preload, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Preload()
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (index.Preload())
            {
                logger.LogInformation("Search index on disk read while the snapshot loads, in {Elapsed:0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Only a head start: the first snapshot rebuilds or loads the index anyway.
            logger.LogWarning(e, "Reading the search index ahead of the snapshot failed");
        }
    }
}
