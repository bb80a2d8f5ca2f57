using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.Hosting;

/// <summary>
/// Ready only while the database answers <c>SELECT 1</c> within two seconds, so a load balancer sends writes elsewhere
/// during an outage. Reads still work from the snapshot; <c>/health/live</c> does not run this check. A singleton,
/// so it can log a Warning when the state changes instead of an Error on every poll.
/// </summary>
public sealed class DatabaseReadyCheck(ICmsDbContextFactory dbFactory, ILogger<DatabaseReadyCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private int _down;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        string? failure;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            // The raw connection rather than EF: EF logs every failed connection at Error, once per poll.
            await using var db = dbFactory.Create();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            command.CommandTimeout = (int)Timeout.TotalSeconds;
            await command.ExecuteScalarAsync(timeout.Token);
            failure = null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            failure = $"no answer within {Timeout.TotalSeconds:0} s";
        }
        catch (Exception e) when (DatabaseFailure.Unavailable(e) is { } reason)
        {
            failure = reason;
        }

        if (failure is null)
        {
            if (Interlocked.Exchange(ref _down, 0) == 1)
            {
                logger.LogInformation("The database answers again; this node is ready");
            }

            return HealthCheckResult.Healthy("The database answers.");
        }

        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            logger.LogWarning("The database cannot be reached ({Reason}); this node reports not ready until it answers", failure);
        }

        return HealthCheckResult.Unhealthy($"The database cannot be reached ({failure}).");
    }
}
