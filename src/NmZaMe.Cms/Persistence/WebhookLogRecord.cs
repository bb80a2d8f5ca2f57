namespace NmZaMe.Cms.Persistence;

/// <summary>
/// One delivery attempt (Umbraco's <c>umbracoWebhookLog</c>), kept for NmZaMe:Webhooks:KeepLogsForDays.
/// Unlike Umbraco, secret header values are masked and the response body is an excerpt.
/// </summary>
public sealed class WebhookLogRecord
{
    public long Id { get; set; }

    public Guid Key { get; set; }

    public Guid WebhookKey { get; set; }

    public string Url { get; set; } = string.Empty;

    public string EventAlias { get; set; } = string.Empty;

    public int RetryCount { get; set; }

    public DateTime Date { get; set; }

    public string RequestHeaders { get; set; } = string.Empty;

    public string? RequestBody { get; set; }

    public string ResponseHeaders { get; set; } = string.Empty;

    public string ResponseBody { get; set; } = string.Empty;

    /// <summary>As Umbraco writes it: <c>OK (200)</c>, or the error's name when no response came (<c>ConnectionError</c>, <c>Refused</c>, <c>Timeout</c>).</summary>
    public string StatusCode { get; set; } = string.Empty;

    public bool IsSuccessStatusCode { get; set; }

    /// <summary>Umbraco's spelling, kept.</summary>
    public bool ExceptionOccured { get; set; }

    public int DurationMilliseconds { get; set; }
}
