using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NmZaMe.Cms.Changes;

/// <summary>
/// Loads the published snapshot after the server is listening, through <see cref="ContentCommit.ReloadAsync"/> so the
/// handlers (the search index first) start from it; /health/ready answers 200 once every handler has seen the load. The
/// <see cref="ChangeLog"/> notes where in the log the loaded snapshot stands, so changes other nodes commit meanwhile
/// are applied after it.
/// </summary>
public sealed class SnapshotLoader(ContentCommit commit, ChangeLog changeLog, StartupWork startup, ILogger<SnapshotLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await changeLog.ReloadAsync(commit, stoppingToken);
        startup.Complete();
        // Loading a large catalogue leaves hundreds of MB of parse buffers behind, which the GC would otherwise keep
        // committed for a long time: one compacting collection now hands them back to the system.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation("Ready in {Elapsed:0} ms after start-up work", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
