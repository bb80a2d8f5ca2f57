using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Scheduling;

/// <summary>
/// Umbraco's scheduled publisher: every <see cref="SchedulingOptions.IntervalSeconds"/> (default 30) it runs the entries that
/// are due. One run's failure is logged and the next tick tries again; a single entry's failure is handled inside.
/// On several nodes only the holder of the lease <c>scheduled-publishing</c> runs it.
/// </summary>
public sealed class ScheduledPublishing(RunDueSchedules run, ISnapshotSource snapshots, TimeProvider time, IOptions<SchedulingOptions> options, ILogger<ScheduledPublishing> logger)
    : ISingleNodeService
{
    public string LeaseName => "scheduled-publishing";

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Max(1, options.Value.IntervalSeconds);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!snapshots.IsLoaded)
            {
                continue;
            }

            try
            {
                var runs = await run.RunAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
                if (runs.Count > 0)
                {
                    logger.LogInformation("Scheduled publishing ran {Count} entries ({Failed} refused)", runs.Count, runs.Count(r => !r.Succeeded));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled publishing failed; trying again at the next tick");
            }
        }
    }
}
