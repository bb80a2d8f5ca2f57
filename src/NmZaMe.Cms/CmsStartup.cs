using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Cms;

/// <summary>
/// Start-up work that must succeed before the site may serve anything: migrations and the uSync import.
/// An invalid uSync file stops start-up here (a <see cref="USyncException"/>), with the database unchanged; so does a
/// second node on a SQLite database (a <see cref="SecondNodeException"/>).
/// </summary>
public static class CmsStartup
{
    /// <summary>The lease under which a node runs its start-up work, so nodes starting together migrate and import one after the other.</summary>
    public const string StartupLease = "start-up";

    /// <summary>
    /// Runs the engine's start-up work while holding the <see cref="StartupLease"/> and returns the lease: the host
    /// disposes it after its own start-up work (the back office's first administrator), so that is not run twice either.
    /// </summary>
    public static async Task<IAsyncDisposable> InitialiseCmsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var services = host.Services;
        var options = services.GetRequiredService<IOptions<CmsOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("NmZaMe.Startup");
        services.GetService<SqliteNodeLock>()?.Acquire();
        if (options.Database.Provider == DatabaseProvider.Postgres && options.Media.SharedFolder is null)
        {
            logger.LogWarning("Media files are kept in this node's data directory ({Folder}); with several nodes, set NmZaMe__Media__SharedFolder to a folder every node shares",
                options.MediaFolder);
        }

        var leases = services.GetRequiredService<NodeLeases>();
        if (await leases.TryAcquireAsync(StartupLease, cancellationToken) is not { } lease)
        {
            logger.LogInformation("Another node is starting up on this database; waiting for it to finish its migrations and import");
            lease = await leases.AcquireAsync(StartupLease, cancellationToken);
        }

        try
        {
            await using (var db = services.GetRequiredService<ICmsDbContextFactory>().Create())
            {
                await CmsDatabase.MigrateAsync(db, cancellationToken);
            }

            if (options.USync.ImportAtStartup)
            {
                if (options.USync.Folder is not { } folder)
                {
                    logger.LogWarning("No uSync folder found (set NmZaMe__USync__Folder); starting with the schema already in the database");
                }
                else
                {
                    await services.GetRequiredService<USyncImporter>().ImportAsync(folder, cancellationToken);
                }
            }

            return lease;
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }
}
