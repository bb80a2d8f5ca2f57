using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.CallBacks;

/// <summary>
/// Deletes call-back requests on one node: <see cref="CallBackOptions.DeleteDaysAfterClosed"/> days after they were
/// marked done or could-not-reach, and <see cref="CallBackOptions.DeleteDaysAfterArrival"/> days after arrival when
/// still open; <see cref="CallBackOptions.WarnDaysBefore"/> days before that second deletion the office gets one
/// e-mail (claimed per request, so two nodes in a lease hand-over do not both warn).
/// </summary>
public sealed class CallBackRetention(ICmsDbContextFactory dbFactory, MailOutbox outbox, CallBackOptions options, TimeProvider time, ILogger<CallBackRetention> logger)
    : ISingleNodeService
{
    public string LeaseName => "callback-retention";

    public sealed record Pass(int Deleted, int Warned);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Clamp(options.CheckMinutes, 0.001, 24 * 60)), time);
        do
        {
            try
            {
                var pass = await RunOnceAsync(cancellationToken);
                if (pass.Deleted > 0 || pass.Warned > 0)
                {
                    logger.LogInformation("Call-back retention: deleted {Deleted} requests, warned about {Warned}", pass.Deleted, pass.Warned);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Call-back retention failed; trying again at the next pass");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    public async Task<Pass> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var closedBefore = now.AddDays(-options.DeleteDaysAfterClosed);
        var arrivedBefore = now.AddDays(-options.DeleteDaysAfterArrival);
        await using var db = dbFactory.Create();
        var deleted = await db.CallBacks
            .Where(c => ((c.Status == CallBackStatus.Done || c.Status == CallBackStatus.CouldNotReach) && c.StatusChangedAt <= closedBefore) || c.ArrivedAt <= arrivedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var warnArrivedBefore = arrivedBefore.AddDays(options.WarnDaysBefore);
        var due = db.CallBacks.Where(c => c.Status != CallBackStatus.Done && c.Status != CallBackStatus.CouldNotReach && c.ArrivedAt <= warnArrivedBefore && c.WarnedAt == null);
        var firstArrival = await due.MinAsync(c => (DateTime?)c.ArrivedAt, cancellationToken);
        if (firstArrival is not { } first)
        {
            return new Pass(deleted, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var warned = await due.ExecuteUpdateAsync(s => s.SetProperty(c => c.WarnedAt, now), cancellationToken);
        if (warned > 0)
        {
            var deleteAt = first.AddDays(options.DeleteDaysAfterArrival);
            foreach (var to in await MailRecipients.WithPermissionAsync(db, Permissions.OfficeRequests, cancellationToken))
            {
                outbox.Enqueue(db, to, new CallBacksExpiringMail(warned, deleteAt));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Pass(deleted, warned);
    }
}
