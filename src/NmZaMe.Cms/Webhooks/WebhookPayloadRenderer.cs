using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// After the commit: renders the payloads the change's requests wait for from the new snapshot (so they show the
/// item as published, a snapshot of that moment as in Umbraco), then wakes the sender. Should this node stop before it
/// does, the sender renders them itself after <see cref="WebhookSender.PendingGrace"/>.
/// </summary>
public sealed class WebhookPayloadRenderer(ICmsDbContextFactory dbFactory, WebhookSignal signal) : IContentChangedHandler
{
    public async Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
    {
        var rows = WebhookEnqueuer.Take(change.Change);
        if (rows.Count == 0)
        {
            return;
        }

        var pending = rows.Where(r => r.PayloadPending && r.EntityKey is not null).ToList();
        if (pending.Count > 0)
        {
            await using var db = dbFactory.Create();
            foreach (var row in pending)
            {
                var body = WebhookPayloads.Render(change.After, row.EventAlias, row.PayloadType, row.EntityKey!.Value);
                await db.WebhookRequests.Where(r => r.Id == row.Id && r.PayloadPending)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.RequestObject, body).SetProperty(r => r.PayloadPending, false), cancellationToken);
            }
        }

        signal.Wake();
    }
}

/// <summary>Wakes the sender when requests were queued, so it need not wait for its period.</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    /// <summary>Waits for a wake-up or the period, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan period, CancellationToken cancellationToken) => _wake.WaitAsync(period, cancellationToken);
}
