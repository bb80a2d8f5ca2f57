using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.ReviewReminders;

/// <summary>
/// Review reminders on the one node that holds the lease <c>review-reminders</c>: a pass of
/// <see cref="SendReviewReminders"/> at start and every <see cref="ReviewOptions.ReminderCheckMinutes"/>. A failed pass
/// is logged and the next one tries again; what it did not record is reminded then. The first pass waits for the
/// snapshot the start-up loads, so a node that starts does not skip a whole interval.
/// </summary>
public sealed class ReviewReminderJob(
    SendReviewReminders send, ISnapshotSource snapshots, ReviewSchedule schedule, MailOptions mail, TimeProvider time, ILogger<ReviewReminderJob> logger)
    : ISingleNodeService
{
    public string LeaseName => "review-reminders";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!mail.IsConfigured)
        {
            logger.LogWarning("E-mail is not configured (NmZaMe:Mail:Host and From): review reminders are not sent until it is");
        }

        using (var loading = new PeriodicTimer(TimeSpan.FromMilliseconds(200), time))
        {
            while (!snapshots.IsLoaded && await loading.WaitForNextTickAsync(cancellationToken))
            {
            }
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Clamp(schedule.Options.ReminderCheckMinutes, 0.01, 24 * 60)), time);
        do
        {
            try
            {
                var pass = await send.RunOnceAsync(cancellationToken);
                if (pass.Mails > 0)
                {
                    logger.LogInformation("Review reminders: {Entries} entries in {Mails} digests", pass.Reminded, pass.Mails);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Review reminders failed; trying again at the next pass");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
