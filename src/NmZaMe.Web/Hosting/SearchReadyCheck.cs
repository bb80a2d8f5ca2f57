using Microsoft.Extensions.Diagnostics.HealthChecks;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Hosting;

public sealed class SearchReadyCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.State.Built
            ? HealthCheckResult.Healthy($"{index.State.Count} documents indexed")
            : HealthCheckResult.Unhealthy("The search index is still being built."));
}
