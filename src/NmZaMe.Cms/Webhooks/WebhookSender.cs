using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// Umbraco's <c>WebhookFiring</c> job, on one node: every <see cref="WebhookOptions.Period"/> (or at once when a change
/// queued requests) it sends the due requests in parallel; a 2xx deletes the request, anything else is tried again
/// next period until <see cref="WebhookOptions.MaximumRetries"/>, then given up. Every attempt is logged, and log rows
/// older than <see cref="WebhookOptions.KeepLogsForDays"/> are deleted once an hour.
/// </summary>
public sealed class WebhookSender(
    ICmsDbContextFactory dbFactory,
    WebhookDelivery delivery,
    WebhookSignal signal,
    ISnapshotSource snapshots,
    WebhookOptions options,
    TimeProvider time,
    ILogger<WebhookSender> logger) : ISingleNodeService
{
    /// <summary>How long a request waits for the node that queued it to render its payload before the sender does.</summary>
    public static readonly TimeSpan PendingGrace = TimeSpan.FromSeconds(30);

    private const int Batch = 100;
    private DateTime _lastCleanup = DateTime.MinValue;

    public string LeaseName => "webhooks";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var period = options.Period > TimeSpan.Zero ? options.Period : TimeSpan.FromSeconds(10);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (options.Enabled)
            {
                // A full batch means more may be due: go on at once.
                while (await SendDueAsync(cancellationToken) == Batch)
                {
                }

                await CleanUpAsync(cancellationToken);
            }

            await signal.WaitAsync(period, cancellationToken);
        }
    }

    /// <summary>Sends what is due now; returns how many requests were tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var renderedBefore = now - PendingGrace;
        await using var db = dbFactory.Create();
        var due = await db.WebhookRequests
            .Where(r => r.DueDate <= now && (!r.PayloadPending || r.CreateDate <= renderedBefore))
            .OrderBy(r => r.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var keys = due.Select(r => r.WebhookKey).Distinct().ToList();
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => keys.Contains(w.Key)).ToDictionaryAsync(w => w.Key, cancellationToken);
        var attempts = new List<(WebhookRequestRecord Request, WebhookLogRecord Log)>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (request, ct) =>
        {
            // A deleted or disabled webhook's requests are dropped, as Umbraco skips them.
            if (!webhooks.TryGetValue(request.WebhookKey, out var webhook) || !webhook.Enabled)
            {
                return;
            }

            if (request.PayloadPending && request.EntityKey is { } entity)
            {
                request.RequestObject = WebhookPayloads.Render(snapshots.Current, request.EventAlias, request.PayloadType, entity);
                request.PayloadPending = false;
            }

            var log = await delivery.SendAsync(webhook, request.EventAlias, request.RetryCount, request.RequestObject, ct);
            lock (attempts)
            {
                attempts.Add((request, log));
            }
        });
        cancellationToken.ThrowIfCancellationRequested();

        var tried = attempts.Select(a => a.Request).ToHashSet();
        db.WebhookRequests.RemoveRange(due.Where(r => !tried.Contains(r)));
        var next = time.GetUtcNow().UtcDateTime + options.Period;
        foreach (var (request, log) in attempts)
        {
            db.WebhookLogs.Add(log);
            if (log.IsSuccessStatusCode || request.RetryCount >= options.MaximumRetries)
            {
                if (!log.IsSuccessStatusCode)
                {
                    logger.LogWarning("Webhook {Webhook} gave up on {Event} after {Attempts} attempts ({Status})", request.WebhookKey, request.EventAlias, request.RetryCount + 1, log.StatusCode);
                }

                db.WebhookRequests.Remove(request);
            }
            else
            {
                request.RetryCount++;
                request.DueDate = next;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return due.Count;
    }

    /// <summary>Deletes log rows older than the retention; returns how many.</summary>
    public async Task<int> CleanUpAsync(CancellationToken cancellationToken, bool force = false)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!options.EnableLoggingCleanup || (!force && now - _lastCleanup < TimeSpan.FromHours(1)))
        {
            return 0;
        }

        _lastCleanup = now;
        var before = now.AddDays(-Math.Max(0, options.KeepLogsForDays));
        await using var db = dbFactory.Create();
        return await db.WebhookLogs.Where(l => l.Date < before).ExecuteDeleteAsync(cancellationToken);
    }
}
