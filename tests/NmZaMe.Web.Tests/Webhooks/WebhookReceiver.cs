using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NmZaMe.Web.Tests.Webhooks;

/// <summary>
/// A webhook receiver on 127.0.0.1 (a real Kestrel server on a free port): records every request it gets and answers
/// with what <see cref="Answer"/> says for it (200 by default).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Received> _received = Channel.CreateUnbounded<Received>();
    private int _count;

    public sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);

        public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new Xunit.Sdk.XunitException($"No header {name}: " + string.Join(", ", Headers.Keys));
    }

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Status code (and body) for the n-th request (from 0); a status of 0 never answers (for timeouts).</summary>
    public Func<int, Received, (int Status, string Body)> Answer { get; set; } = (_, _) => (200, "ok");

    public string BaseUrl { get; private set; } = string.Empty;

    public int Count => Volatile.Read(ref _count);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        receiver.BaseUrl = app.Urls.Single().TrimEnd('/');
        return receiver;
    }

    /// <summary>The next request received, waiting for it (at most a minute, so a broken sender fails instead of hanging).</summary>
    public async Task<Received> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryNext(out Received? received) => _received.Reader.TryRead(out received);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var received = new Received(context.Request.Path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray());
        var n = Interlocked.Increment(ref _count) - 1;
        await _received.Writer.WriteAsync(received);
        var (status, text) = Answer(n, received);
        if (status == 0)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = status;
        if (status is >= 300 and < 400)
        {
            context.Response.Headers.Location = "/elsewhere";
        }

        await context.Response.WriteAsync(text);
    }
}
