using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Insights;

/// <summary>Deletes recorded searches older than the retention period (<c>NmZaMe:Insights:RetentionMonths</c>, default 13).</summary>
public sealed class DeleteExpiredQueries(ICmsDbContextFactory dbFactory, TimeProvider clock)
{
    public const int DefaultRetentionMonths = 13;

    public async Task<int> RunAsync(int retentionMonths, CancellationToken cancellationToken = default)
    {
        var cutOff = clock.GetUtcNow().UtcDateTime.AddMonths(-Math.Max(1, retentionMonths));
        await using var db = dbFactory.Create();
        return await db.SearchQueries.Where(q => q.Hour < cutOff).ExecuteDeleteAsync(cancellationToken);
    }
}
