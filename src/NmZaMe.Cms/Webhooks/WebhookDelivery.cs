using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Webhooks;

/// <summary>
/// One attempt: <c>POST</c> of the JSON body with Umbraco's headers, the webhook's custom headers and our signature,
/// through <see cref="SafeTargets"/>, without following redirects, within <see cref="WebhookOptions.Timeout"/>, reading
/// at most <see cref="WebhookOptions.MaxResponseBytes"/>. Returns the log row of the attempt, secrets masked.
/// </summary>
public sealed class WebhookDelivery : IDisposable
{
    /// <summary>Umbraco's product token first, so a receiver that looks for it still finds it.</summary>
    public const string UserAgent = "Umbraco-Cms/17.8.1 NmZaMe/1.0";

    private const int ExcerptChars = 4000;
    private const string Masked = "********";
    private readonly HttpClient _client;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;

    public WebhookDelivery(WebhookOptions options, SafeTargets targets, TimeProvider time)
    {
        _options = options;
        _time = time;
        _client = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = targets.ConnectAsync,
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public async Task<WebhookLogRecord> SendAsync(WebhookRecord webhook, string alias, int retryCount, string? body, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body ?? "null");
        var log = new WebhookLogRecord
        {
            Key = Guid.NewGuid(),
            WebhookKey = webhook.Key,
            Url = webhook.Url,
            EventAlias = alias,
            RetryCount = retryCount,
            Date = _time.GetUtcNow().UtcDateTime,
            RequestBody = body ?? "null",
        };
        var shown = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            shown.Append("Content-Type: application/json; charset=utf-8\n");
            Add(request, shown, WebhookEvents.EventHeader, alias, secret: false);
            Add(request, shown, WebhookEvents.RetryCountHeader, retryCount.ToString(System.Globalization.CultureInfo.InvariantCulture), secret: false);
            Add(request, shown, "User-Agent", UserAgent, secret: false);
            Add(request, shown, WebhookEvents.SignatureHeader, Sign(webhook.SigningSecret, bytes), secret: false);
            foreach (var header in WebhookJson.Headers(webhook))
            {
                Add(request, shown, header.Name, header.Value, header.Secret);
            }

            log.RequestHeaders = shown.ToString();
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            log.StatusCode = $"{response.StatusCode} ({(int)response.StatusCode})";
            log.IsSuccessStatusCode = response.IsSuccessStatusCode;
            log.ResponseHeaders = string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => h.Key + ": " + string.Join(", ", h.Value)));
            log.ResponseBody = await ReadExcerptAsync(response.Content, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException or FormatException)
        {
            log.RequestHeaders = shown.ToString();
            log.ExceptionOccured = true;
            log.IsSuccessStatusCode = false;
            (log.StatusCode, log.ResponseBody) = e switch
            {
                OperationCanceledException when cancellationToken.IsCancellationRequested => ("Cancelled", "The server stopped during the attempt."),
                OperationCanceledException => ("Timeout", $"No complete answer within {_options.Timeout.TotalSeconds:0.#} s."),
                HttpRequestException { InnerException: RefusedTargetException refused } => ("Refused", refused.Message),
                HttpRequestException http => (http.HttpRequestError.ToString(), http.Message),
                _ => ("InvalidRequest", e.Message),
            };
        }

        log.DurationMilliseconds = (int)Math.Min(int.MaxValue, stopwatch.ElapsedMilliseconds);
        return log;
    }

    public void Dispose() => _client.Dispose();

    private static void Add(HttpRequestMessage request, StringBuilder shown, string name, string value, bool secret)
    {
        // A custom Content-Type or the like belongs to the content's headers; anything else .NET refuses fails the attempt.
        if (!request.Headers.TryAddWithoutValidation(name, value))
        {
            request.Content!.Headers.Remove(name);
            if (!request.Content.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InvalidOperationException($"The header {name} cannot be sent.");
            }
        }

        shown.Append(name).Append(": ").Append(secret ? Masked : value).Append('\n');
    }

    private async Task<string> ReadExcerptAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[Math.Max(0, _options.MaxResponseBytes)];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length > ExcerptChars ? text[..ExcerptChars] : text;
    }
}
