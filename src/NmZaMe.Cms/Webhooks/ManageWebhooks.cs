using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Webhooks;

/// <summary>Deletes a webhook with its waiting requests; its delivery log stays until the retention removes it.</summary>
public sealed class DeleteWebhook(CmsDbContext db)
{
    public async Task<bool> ExecuteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Webhooks.Where(w => w.Key == key).ExecuteDeleteAsync(cancellationToken);
        await db.WebhookRequests.Where(r => r.WebhookKey == key).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }
}

/// <summary>
/// "Send test": one attempt now, from this node, with the alias <see cref="WebhookEvents.Test"/> and the body
/// <c>{"id":"&lt;webhook key&gt;"}</c>, signed and with the custom headers like any request; logged like any attempt, never retried.
/// </summary>
public sealed class SendWebhookTest(CmsDbContext db, WebhookDelivery delivery)
{
    public async Task<WebhookLogRecord?> ExecuteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        if (await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Key == key, cancellationToken) is not { } webhook)
        {
            return null;
        }

        var log = await delivery.SendAsync(webhook, WebhookEvents.Test, 0, WebhookPayloads.Id(webhook.Key), cancellationToken);
        db.WebhookLogs.Add(log);
        await db.SaveChangesAsync(CancellationToken.None);
        return log;
    }
}
