using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Cms;

/// <summary>
/// Start-up work that must succeed before the site may serve anything: migrations and the uSync import.
/// An invalid uSync file stops start-up here (a <see cref="USyncException"/>), with the database unchanged.
/// </summary>
public static class CmsStartup
{
    public static async Task InitialiseCmsAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        var services = host.Services;
        var options = services.GetRequiredService<IOptions<CmsOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("NmZaMe.Startup");

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
    }
}
