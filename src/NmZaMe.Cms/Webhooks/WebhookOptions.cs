using System.Net;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// <c>NmZaMe:Webhooks</c> settings; the first five are Umbraco's <c>Umbraco:CMS:Webhook</c> keys with the same defaults.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>False: no request is queued and nothing is sent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Attempts are 1 + this; 0 means a single attempt.</summary>
    public int MaximumRetries { get; set; } = 5;

    /// <summary>How often the sender looks for due requests, so also the time between attempts.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);

    public bool EnableLoggingCleanup { get; set; } = true;

    public int KeepLogsForDays { get; set; } = 30;

    /// <summary>How long one attempt may take, connecting and reading the response included (Umbraco: .NET's 100 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How much of a response is read; the rest is not downloaded.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Networks in CIDR form (<c>127.0.0.0/8</c>, <c>10.1.2.0/24</c>, <c>fd00::/8</c>) that webhooks may call although
    /// they are loopback, link-local or private. Empty by default: a webhook cannot be used to reach the server itself
    /// or the office's internal network (server-side request forgery).
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    internal IReadOnlyList<IPNetwork> ParsedAllowedNetworks() =>
        [.. AllowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => IPNetwork.Parse(n.Trim()))];
}
