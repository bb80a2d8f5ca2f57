using NmZaMe.Cms.Insights;

namespace NmZaMe.Web.Insights;

/// <summary>
/// What people search for: recording, the background writer
/// (<c>FlushSeconds</c>, default 5) and retention (<c>RetentionMonths</c>, default 13, checked every <c>CleanUpMinutes</c>, default 60).
/// </summary>
public static class InsightsSetup
{
    public static IServiceCollection AddSearchInsights(this IServiceCollection services)
    {
        services.AddSingleton<SearchLog>();
        services.AddSingleton<DeleteExpiredQueries>();
        services.AddSingleton<ReadSearchInsights>();
        services.AddHostedService<SearchLogWriter>();
        return services;
    }
}

/// <summary>
/// Writes the buffered searches every few seconds and deletes those past the retention period at start and hourly.
/// A crash loses at most the last few seconds of counts (documented in the README).
/// </summary>
public sealed class SearchLogWriter(SearchLog log, DeleteExpiredQueries expired, IConfiguration configuration, TimeProvider clock, ILogger<SearchLogWriter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = Math.Clamp(configuration.GetValue("NmZaMe:Insights:FlushSeconds", 5.0), 0.05, 3600);
        var retention = configuration.GetValue("NmZaMe:Insights:RetentionMonths", DeleteExpiredQueries.DefaultRetentionMonths);
        var cleanUpEvery = TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("NmZaMe:Insights:CleanUpMinutes", 60.0), 0.001, 24 * 60));
        var lastCleanUp = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        do
        {
            try
            {
                await log.FlushAsync(stoppingToken);
                if (clock.GetUtcNow() - lastCleanUp >= cleanUpEvery)
                {
                    var deleted = await expired.RunAsync(retention, stoppingToken);
                    lastCleanUp = clock.GetUtcNow();
                    if (deleted > 0)
                    {
                        logger.LogInformation("Deleted {Count} recorded searches older than {Months} months", deleted, retention);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Counting searches must never disturb anything else; the buffer keeps what was not written.
                logger.LogWarning(e, "Writing recorded searches failed; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await log.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Writing the last recorded searches at shutdown failed");
        }
    }
}
