using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Corrections;

/// <summary>
/// Deletes, on one node, the e-mail address of every suggestion that has waited
/// <see cref="CorrectionOptions.ForgetEmailDaysAfterArrival"/> days without a reply. The suggestion itself stays; a
/// later reply is then simply not sent.
/// </summary>
public sealed class CorrectionRetention(ICmsDbContextFactory dbFactory, CorrectionOptions options, TimeProvider time, ILogger<CorrectionRetention> logger)
    : ISingleNodeService
{
    public string LeaseName => "correction-retention";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Clamp(options.CheckMinutes, 0.001, 24 * 60)), time);
        do
        {
            try
            {
                var forgotten = await RunOnceAsync(cancellationToken);
                if (forgotten > 0)
                {
                    logger.LogInformation("Correction retention: deleted {Count} unanswered e-mail addresses", forgotten);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Correction retention failed; trying again at the next pass");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>How many addresses were deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var arrivedBefore = time.GetUtcNow().UtcDateTime.AddDays(-options.ForgetEmailDaysAfterArrival);
        await using var db = dbFactory.Create();
        return await db.Corrections
            .Where(c => c.Email != null && c.ArrivedAt <= arrivedBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, (string?)null), cancellationToken);
    }
}
