using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Nodes;

namespace NmZaMe.Cms.Sessions;

/// <summary>
/// Deletes kept forms whose hour has passed and that nobody came back for, on whichever node holds the lease; keeping a
/// form deletes the expired ones too, so this pass only matters when no form is kept for a while.
/// </summary>
public sealed class KeptFormCleanup(KeptFormStore store, TimeProvider time, ILogger<KeptFormCleanup> logger) : ISingleNodeService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    public string LeaseName => "kept-form-cleanup";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                var deleted = await store.DeleteExpiredAsync(cancellationToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} kept forms nobody came back for", deleted);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Deleting expired kept forms failed; trying again at the next pass");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
