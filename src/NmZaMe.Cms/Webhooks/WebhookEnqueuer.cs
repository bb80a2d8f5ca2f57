using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// Queues a request per subscribed webhook (and, for per-item events, per item whose type passes the webhook's filter)
/// in the transaction of the change: a committed change always has its requests, a rolled-back one never. Payloads
/// that need the new snapshot are rendered right after the commit by <see cref="WebhookPayloadRenderer"/>.
/// </summary>
public sealed class WebhookEnqueuer(WebhookOptions options, ISnapshotSource snapshots, TimeProvider time) : IContentChangeWriter
{
    // The rows a change queued, for the renderer that gets the same change after the commit.
    private static readonly ConditionalWeakTable<ContentChange, List<WebhookRequestRecord>> Queued = new();

    public async Task WriteAsync(CmsDbContext db, ContentChange change, CancellationToken cancellationToken)
    {
        if (!options.Enabled || change.FromOtherNode || change.Keys.Count == 0 || WebhookEvents.For(change.Kind) is not { } definition)
        {
            return;
        }

        var webhooks = (await db.Webhooks.AsNoTracking().Where(w => w.Enabled).ToListAsync(cancellationToken))
            .Where(w => WebhookJson.Events(w).Contains(definition.Alias))
            .ToList();
        if (webhooks.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<WebhookRequestRecord>();
        if (!definition.PerEntity)
        {
            var body = WebhookPayloads.Ids(change.Keys);
            rows.AddRange(webhooks.Select(w => Row(w, definition.Alias, null, body, now)));
        }
        else
        {
            var types = await ContentTypeKeysAsync(db, change.Keys, cancellationToken);
            foreach (var webhook in webhooks)
            {
                var filter = WebhookJson.ContentTypeKeys(webhook);
                foreach (var key in change.Keys.Distinct())
                {
                    // An item whose type is unknown (already gone) is not filtered out: a missed delete is worse than an extra one.
                    if (filter.Count > 0 && types.TryGetValue(key, out var type) && !filter.Contains(type))
                    {
                        continue;
                    }

                    var pending = WebhookPayloads.NeedsSnapshot(definition.Alias, webhook.PayloadType);
                    rows.Add(Row(webhook, definition.Alias, key, pending ? null : WebhookPayloads.Id(key), now));
                }
            }
        }

        db.WebhookRequests.AddRange(rows);
        Queued.AddOrUpdate(change, rows);
    }

    /// <summary>The rows <paramref name="change"/> queued, once: the renderer takes them after the commit.</summary>
    internal static IReadOnlyList<WebhookRequestRecord> Take(ContentChange change)
    {
        if (Queued.TryGetValue(change, out var rows))
        {
            Queued.Remove(change);
            return rows;
        }

        return [];
    }

    private static WebhookRequestRecord Row(WebhookRecord webhook, string alias, Guid? entity, string? body, DateTime now) => new()
    {
        WebhookKey = webhook.Key,
        EventAlias = alias,
        EntityKey = entity,
        PayloadType = webhook.PayloadType,
        RequestObject = body,
        PayloadPending = body is null,
        CreateDate = now,
        DueDate = now,
    };

    // Document- or media-type keys of the items; a new item is only in the change tracker, so that is asked first.
    private async Task<Dictionary<Guid, Guid>> ContentTypeKeysAsync(CmsDbContext db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var aliases = db.Nodes.Local.Where(n => keys.Contains(n.Key)).ToDictionary(n => n.Key, n => n.ContentTypeAlias);
        var missing = keys.Where(k => !aliases.ContainsKey(k)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var node in await db.Nodes.AsNoTracking().Where(n => missing.Contains(n.Key)).Select(n => new { n.Key, n.ContentTypeAlias }).ToListAsync(cancellationToken))
            {
                aliases[node.Key] = node.ContentTypeAlias;
            }
        }

        var schema = snapshots.Current.Schema;
        return aliases
            .Select(a => (a.Key, Type: schema.GetContentType(a.Value)))
            .Where(a => a.Type is not null)
            .ToDictionary(a => a.Key, a => a.Type!.Key);
    }
}

/// <summary>The JSON columns of <see cref="WebhookRecord"/>.</summary>
public static class WebhookJson
{
    public static IReadOnlyList<string> Events(WebhookRecord webhook) => JsonSerializer.Deserialize<string[]>(webhook.Events) ?? [];

    public static IReadOnlySet<Guid> ContentTypeKeys(WebhookRecord webhook) => (JsonSerializer.Deserialize<Guid[]>(webhook.ContentTypeKeys) ?? []).ToHashSet();

    public static IReadOnlyList<WebhookHeader> Headers(WebhookRecord webhook) => JsonSerializer.Deserialize<WebhookHeader[]>(webhook.Headers, Web) ?? [];

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Web);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
