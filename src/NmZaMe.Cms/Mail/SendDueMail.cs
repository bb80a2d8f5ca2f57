using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Mail;

/// <summary>
/// One pass of the sender: claims the due messages one by one, sends each, records the attempt. A failure waits by
/// <see cref="Backoff"/> (1 min, 5 min, 30 min, 2 h, 12 h), then the message is failed; it is never dropped silently.
/// When the server cannot be reached the pass stops after that message, so a dead server costs one connection per pass.
/// </summary>
public sealed class SendDueMail(ICmsDbContextFactory databases, MailOptions options, TimeProvider time, ILogger<SendDueMail> logger)
{
    public static readonly IReadOnlyList<TimeSpan> Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    /// <summary>Tries after the first failure, then the message is failed.</summary>
    public static int MaxAttempts => Backoff.Count + 1;

    private const int Batch = 50;

    /// <summary>Sends what is due; returns how many were sent. Does nothing while e-mail is not configured.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            return 0;
        }

        await using var db = databases.Create();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.MailOutbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var sent = 0;
        await using var transport = new SmtpMailTransport(options);
        foreach (var message in due)
        {
            if (!await ClaimAsync(db, message, now, cancellationToken))
            {
                continue;
            }

            string? error = null;
            var unreachable = false;
            try
            {
                await transport.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                error = MailErrors.Excerpt(e, options);
                unreachable = e is not MailKit.Net.Smtp.SmtpCommandException { ErrorCode: MailKit.Net.Smtp.SmtpErrorCode.RecipientNotAccepted or MailKit.Net.Smtp.SmtpErrorCode.MessageNotAccepted };
            }

            await RecordAsync(db, message.Id, error);
            if (error is null)
            {
                sent++;
                continue;
            }

            logger.LogWarning("Mail {Id} ({Template}) not sent, attempt {Attempt} of {Max}: {Error}", message.Id, message.Template, message.Attempts + 1, MaxAttempts, error);
            if (unreachable)
            {
                break;
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} e-mail messages", sent);
        }

        return sent;
    }

    /// <summary>Deletes sent and failed messages (with their attempts) older than the retention.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var before = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(Math.Max(1, options.RetentionDays));
        var old = db.MailOutbox.Where(m => m.Status != OutboxStatus.Queued && m.CreatedAt < before);
        await db.MailAttempts.Where(a => old.Select(m => m.Id).Contains(a.MessageId)).ExecuteDeleteAsync(cancellationToken);
        return await old.ExecuteDeleteAsync(cancellationToken);
    }

    // Moves the next attempt into the future before sending, guarded by the attempt count: a second node that briefly
    // also runs the sender (a lease handover) finds it no longer due, and a crash mid-send retries it later.
    private async Task<bool> ClaimAsync(CmsDbContext db, OutboxMessageRecord message, DateTime now, CancellationToken cancellationToken)
    {
        var next = now + Backoff[Math.Min(message.Attempts, Backoff.Count - 1)];
        var claimed = await db.MailOutbox
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Queued && m.Attempts == message.Attempts && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, next), cancellationToken);
        return claimed == 1;
    }

    private async Task RecordAsync(CmsDbContext db, long id, string? error)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        var message = await db.MailOutbox.FirstAsync(m => m.Id == id, CancellationToken.None);
        message.Attempts++;
        message.LastError = error;
        if (error is null)
        {
            message.Status = OutboxStatus.Sent;
            message.SentAt = now;
        }
        else if (message.Attempts >= MaxAttempts)
        {
            message.Status = OutboxStatus.Failed;
        }

        db.MailAttempts.Add(new OutboxAttemptRecord { MessageId = id, At = now, Succeeded = error is null, Error = error });

        // Recorded even when the node is stopping: the server has the message, and sending it again would be a duplicate.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
