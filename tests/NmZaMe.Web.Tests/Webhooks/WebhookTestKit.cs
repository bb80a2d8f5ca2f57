using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Webhooks;

namespace NmZaMe.Web.Tests.Webhooks;

internal static class WebhookTestKit
{
    /// <summary>A host whose webhooks may call the loopback receiver, retrying quickly.</summary>
    public static CmsApplication App(int maximumRetries = 5, string timeout = "00:00:15", bool allowLoopback = true) => new(settings: new Dictionary<string, string?>
    {
        ["NmZaMe:Webhooks:AllowedNetworks:0"] = allowLoopback ? "127.0.0.0/8" : null,
        ["NmZaMe:Webhooks:Period"] = "00:00:00.200",
        ["NmZaMe:Webhooks:MaximumRetries"] = maximumRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["NmZaMe:Webhooks:Timeout"] = timeout,
    });

    public static async Task<SaveWebhookResult> SaveAsync(CmsApplication app, SaveWebhookCommand command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SaveWebhook>().ExecuteAsync(command);
    }

    public static async Task<(Guid Key, string Secret)> CreateAsync(CmsApplication app, string url, string[] events, WebhookPayloadType payload = WebhookPayloadType.Legacy, Guid[]? contentTypes = null, WebhookHeader[]? headers = null)
    {
        var saved = await SaveAsync(app, new SaveWebhookCommand(null, "Test", null, url, events, contentTypes ?? [], headers ?? [], payload, Enabled: true));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        return (saved.Key, saved.NewSigningSecret!);
    }

    public static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static JsonElement Json(WebhookReceiver.Received received) => JsonDocument.Parse(received.Body).RootElement;

    /// <summary>Polls the database until <paramref name="done"/> holds (at most a minute).</summary>
    public static async Task<T> WaitForAsync<T>(CmsApplication app, Func<CmsDbContext, Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            await using var db = app.CreateDbContext();
            var value = await read(db);
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The webhook state did not arrive: " + JsonSerializer.Serialize(value));
            }

            await Task.Delay(50);
        }
    }

    public static Task<List<WebhookLogRecord>> LogsAsync(CmsApplication app, Guid webhook, int atLeast) =>
        WaitForAsync(app, db => db.WebhookLogs.AsNoTracking().Where(l => l.WebhookKey == webhook).OrderBy(l => l.Id).ToListAsync(), l => l.Count >= atLeast);
}
