using Microsoft.Extensions.Diagnostics.HealthChecks;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Hosting;

public sealed class SnapshotReadyCheck(ISnapshotSource snapshots, StartupWork startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(snapshots.IsLoaded && startup.Done
            ? HealthCheckResult.Healthy($"{snapshots.Current.Content.Count} published documents")
            : HealthCheckResult.Unhealthy("The published snapshot is still loading."));
}
