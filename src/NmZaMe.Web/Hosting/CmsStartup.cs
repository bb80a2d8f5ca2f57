using Microsoft.Extensions.Options;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Web.Hosting;

/// <summary>
/// Start-up work that must succeed before the site may serve anything: migrations and the uSync import.
/// An invalid uSync file stops start-up here, with the database unchanged.
/// </summary>
public static class CmsStartup
{
    public static async Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<NmZaMeOptions>>().Value;
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("NmZaMe.Startup");

        await using (var db = services.GetRequiredService<ICmsDbContextFactory>().Create())
        {
            await CmsDatabase.MigrateAsync(db, cancellationToken);
        }

        if (options.USync.ImportAtStartup)
        {
            var folder = CmsPaths.USyncFolder(options, environment.ContentRootPath);
            if (folder is null)
            {
                logger.LogWarning("No uSync folder found (set NmZaMe__USync__Folder); starting with the schema already in the database");
            }
            else
            {
                await services.GetRequiredService<USyncImporter>().ImportAsync(folder, cancellationToken);
            }
        }
    }
}

/// <summary>Loads the published snapshot after the server is listening; /health/ready answers 200 once it is in place.</summary>
public sealed class SnapshotLoader(ContentCommit commit, ILogger<SnapshotLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await commit.ReloadAsync(stoppingToken);
        // Loading a large catalogue leaves hundreds of MB of parse buffers behind, which the GC would otherwise keep
        // committed for a long time: one compacting collection now hands them back to the system.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation("Ready in {Elapsed:0} ms after start-up work", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
