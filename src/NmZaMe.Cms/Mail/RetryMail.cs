using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Mail;

/// <summary>
/// An administrator's "send now": a queued message becomes due at once; a failed one is queued again with a fresh
/// series of attempts (its earlier attempts stay in the log).
/// </summary>
public sealed class RetryMail(CmsDbContext db, TimeProvider time)
{
    public async Task<bool> ExecuteAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var message = await db.MailOutbox.FirstOrDefaultAsync(m => m.Id == id && m.Status != OutboxStatus.Sent, cancellationToken);
        if (message is null)
        {
            return false;
        }

        if (message.Status == OutboxStatus.Failed)
        {
            message.Status = OutboxStatus.Queued;
            message.Attempts = 0;
        }

        message.NextAttemptAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
