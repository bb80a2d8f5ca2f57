using NmZaMe.Cms.Changes;

namespace NmZaMe.Cms.Webhooks;

/// <summary>The events a webhook can subscribe to, with Umbraco 17's aliases, names and types.</summary>
public static class WebhookEvents
{
    public const string ContentPublish = "Umbraco.ContentPublish";
    public const string ContentUnpublish = "Umbraco.ContentUnpublish";
    public const string ContentDelete = "Umbraco.ContentDelete";
    public const string ContentMovedToRecycleBin = "Umbraco.ContentMovedToRecycleBin";
    public const string MediaSave = "Umbraco.MediaSave";
    public const string MediaDelete = "Umbraco.MediaDelete";

    /// <summary>The alias of a "send test" request, which no receiver should mistake for a real change.</summary>
    public const string Test = "NmZaMe.Test";

    /// <summary>Umbraco's header names.</summary>
    public const string EventHeader = "Umb-Webhook-Event";
    public const string RetryCountHeader = "Umb-Webhook-RetryCount";

    /// <summary>Ours: <c>sha256=</c> and the hex HMAC-SHA256 of the body with the webhook's signing secret.</summary>
    public const string SignatureHeader = "X-NmZaMe-Signature";

    public sealed record Definition(string Alias, string EventName, WebhookEventType Type, ContentChangeKind Kind, bool PerEntity);

    public static readonly IReadOnlyList<Definition> All =
    [
        new(ContentPublish, "Content Published", WebhookEventType.Content, ContentChangeKind.Published, PerEntity: true),
        new(ContentUnpublish, "Content Unpublished", WebhookEventType.Content, ContentChangeKind.Unpublished, PerEntity: true),
        new(ContentDelete, "Content Deleted", WebhookEventType.Content, ContentChangeKind.Deleted, PerEntity: true),
        // One request per operation with every id, and no content-type filter, as Umbraco's WebhookEventBase events.
        new(ContentMovedToRecycleBin, "Content Moved to Recycle Bin", WebhookEventType.Content, ContentChangeKind.Trashed, PerEntity: false),
        new(MediaSave, "Media Saved", WebhookEventType.Media, ContentChangeKind.MediaSaved, PerEntity: true),
        new(MediaDelete, "Media Deleted", WebhookEventType.Media, ContentChangeKind.MediaDeleted, PerEntity: true),
    ];

    public static Definition? Find(string alias) => All.FirstOrDefault(d => d.Alias == alias);

    public static Definition? For(ContentChangeKind kind) => All.FirstOrDefault(d => d.Kind == kind);
}

public enum WebhookEventType
{
    Content,
    Media,
}
