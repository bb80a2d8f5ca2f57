namespace NmZaMe.Cms.Persistence;

/// <summary>
/// A request waiting to be sent (Umbraco's <c>umbracoWebhookRequest</c>), added in the transaction of the change that
/// caused it. The payload of a publish or media save is rendered from the published snapshot right after the commit
/// (Webhooks/WebhookPayloadRenderer); until then <see cref="PayloadPending"/> is true.
/// </summary>
public sealed class WebhookRequestRecord
{
    public long Id { get; set; }

    public Guid WebhookKey { get; set; }

    public string EventAlias { get; set; } = string.Empty;

    /// <summary>The document or media item the request is about; null for an event about several (the recycle bin).</summary>
    public Guid? EntityKey { get; set; }

    public WebhookPayloadType PayloadType { get; set; }

    /// <summary>The JSON body; null with <see cref="PayloadPending"/> false is sent as JSON <c>null</c>, as Umbraco does.</summary>
    public string? RequestObject { get; set; }

    public bool PayloadPending { get; set; }

    /// <summary>Failed attempts so far; sent as <c>Umb-Webhook-RetryCount</c>.</summary>
    public int RetryCount { get; set; }

    public DateTime CreateDate { get; set; }

    /// <summary>Not sent before this time (the next period after a failed attempt).</summary>
    public DateTime DueDate { get; set; }
}
