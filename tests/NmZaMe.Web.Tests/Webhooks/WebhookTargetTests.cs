using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Webhooks;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;
using static NmZaMe.Web.Tests.Webhooks.WebhookTestKit;

namespace NmZaMe.Web.Tests.Webhooks;

/// <summary>Server-side request forgery: webhooks do not reach loopback, link-local or private addresses unless configured.</summary>
public sealed class WebhookTargetTests
{
    [Theory]
    [InlineData("http://127.0.0.1:{0}/hook")]
    [InlineData("http://[::1]:{0}/hook")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.0.0.5/hook")]
    [InlineData("http://192.168.1.1/hook")]
    [InlineData("http://0.0.0.0:{0}/hook")]
    [InlineData("http://localhost:{0}/hook")]
    public async Task Private_targets_are_refused_when_saved_by_default(string url)
    {
        using var app = App(allowLoopback: false);
        await app.StartAsync();

        var saved = await SaveAsync(app, new SaveWebhookCommand(null, null, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, url, 8080),
            [WebhookEvents.ContentPublish], [], [], WebhookPayloadType.Legacy, true));

        Assert.Contains(("Url", WebhookError.RefusedUrl), saved.Errors);
    }

    [Fact]
    public async Task A_host_that_resolves_to_loopback_is_refused_when_sent_and_the_receiver_hears_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = App(maximumRetries: 0, allowLoopback: false);
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        var port = new Uri(receiver.BaseUrl).Port;
        // Stored as an earlier configuration allowed it, or as a name whose DNS answer changed since (rebinding).
        var (webhook, _) = await CreateAsync(app, $"http://nmzame-webhook-target.example:{port}/hook", [WebhookEvents.ContentPublish]);
        await using (var db = app.CreateDbContext())
        {
            await db.Webhooks.Where(w => w.Key == webhook).ExecuteUpdateAsync(s => s.SetProperty(w => w.Url, $"http://[::ffff:127.0.0.1]:{port}/hook"));
        }

        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Ne gre na localhost");

        var log = Assert.Single(await LogsAsync(app, webhook, 1));
        Assert.Equal("Refused", log.StatusCode);
        Assert.True(log.ExceptionOccured);
        Assert.Contains("AllowedNetworks", log.ResponseBody, StringComparison.Ordinal);
        await WaitForAsync(app, db => db.WebhookRequests.CountAsync(), n => n == 0);
        Assert.Equal(0, receiver.Count);
    }
}
