namespace NmZaMe.Cms.Persistence;

/// <summary>
/// A webhook (Umbraco's <c>umbracoWebhook</c>): where to POST, for which event aliases and content types, with which
/// custom headers and payload. Events, content-type keys and headers are JSON columns of this one row instead of
/// Umbraco's three join tables: they are always read and written together.
/// </summary>
public sealed class WebhookRecord
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string Url { get; set; } = string.Empty;

    /// <summary>Event aliases as a JSON array (Webhooks/WebhookEvents).</summary>
    public string Events { get; set; } = "[]";

    /// <summary>Document- or media-type keys as a JSON array; empty means every type.</summary>
    public string ContentTypeKeys { get; set; } = "[]";

    /// <summary>Custom headers as a JSON array of <see cref="WebhookHeader"/>; secret values are never shown or logged.</summary>
    public string Headers { get; set; } = "[]";

    public WebhookPayloadType PayloadType { get; set; } = WebhookPayloadType.Legacy;

    public bool Enabled { get; set; } = true;

    /// <summary>The key of the <c>X-NmZaMe-Signature</c> HMAC, shown once when the webhook is created.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }
}

/// <summary>A custom request header; a secret one (a token, a password) is write-only in the back office and masked in the log.</summary>
public sealed record WebhookHeader(string Name, string Value, bool Secret);

/// <summary>Umbraco's <c>WebhookPayloadType</c> (Extended is not offered).</summary>
public enum WebhookPayloadType
{
    /// <summary>Umbraco 16/17's default: the Delivery API item of a published document or saved media item.</summary>
    Legacy,

    /// <summary>Ids only (and a published document's cultures with their dates): Umbraco 18's default.</summary>
    Minimal,

    /// <summary>A publish sends the document in every routable culture (path, start item, properties); media as Legacy.</summary>
    Extended,
}
