using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Webhooks;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;
using static NmZaMe.Web.Tests.Webhooks.WebhookTestKit;

namespace NmZaMe.Web.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task A_document_published_unpublished_trashed_and_deleted_reaches_the_receiver_with_Umbraco_headers_Legacy_payloads_and_a_valid_signature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = App();
        await app.StartAsync();
        var (organisation, service) = PublishedService(app);
        var serviceType = app.Snapshot.Schema.GetContentType("service")!.Key;
        var (webhook, secret) = await CreateAsync(app, receiver.BaseUrl + "/hooks/nmzame",
            [WebhookEvents.ContentPublish, WebhookEvents.ContentUnpublish, WebhookEvents.ContentMovedToRecycleBin, WebhookEvents.ContentDelete],
            contentTypes: [serviceType],
            headers: [new WebhookHeader("Authorization", "Bearer zelo-skrivno-123", Secret: true), new WebhookHeader("X-Receiver", "katalog", Secret: false)]);

        // The organisation is not a service: the filter leaves it out, so the first request is the service's.
        await RenameAndPublishAsync(app, organisation.Key, "sl-SI", "Preimenovana organizacija");
        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Nova pomoč na domu");

        var published = await receiver.NextAsync();
        Assert.Equal("/hooks/nmzame", published.Path);
        Assert.Equal(WebhookEvents.ContentPublish, published.Header("Umb-Webhook-Event"));
        Assert.Equal("0", published.Header("Umb-Webhook-RetryCount"));
        Assert.Equal("application/json; charset=utf-8", published.Header("Content-Type"));
        Assert.StartsWith("Umbraco-Cms/17", published.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal("Bearer zelo-skrivno-123", published.Header("Authorization"));
        Assert.Equal("katalog", published.Header("X-Receiver"));
        Assert.Equal(Signature(secret, published.Body), published.Header("X-NmZaMe-Signature"));
        Assert.NotEqual(Signature("a-different-secret", published.Body), published.Header("X-NmZaMe-Signature"));
        var item = Json(published);
        Assert.Equal(service.Key, item.GetProperty("id").GetGuid());
        Assert.Equal("service", item.GetProperty("contentType").GetString());
        Assert.Equal("Nova pomoč na domu", item.GetProperty("name").GetString());
        Assert.Equal(app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI"), item.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(app.Snapshot.RootOf(app.Snapshot.Get(service.Key)!).Key, item.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Object, item.GetProperty("properties").ValueKind);
        Assert.True(item.GetProperty("properties").TryGetProperty("summary", out _));
        Assert.False(item.TryGetProperty("cultures", out _));

        await using (var db = app.CreateDbContext())
        {
            var unpublished = await new UnpublishContent(db, app.Snapshot.Schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(service.Key, null, mayPublish: true);
            Assert.True(unpublished.Succeeded);
        }

        var unpublish = await receiver.NextAsync();
        Assert.Equal(WebhookEvents.ContentUnpublish, unpublish.Header("Umb-Webhook-Event"));
        Assert.Equal($"{{\"id\":\"{service.Key}\"}}", unpublish.Text);
        Assert.Equal(Signature(secret, unpublish.Body), unpublish.Header("X-NmZaMe-Signature"));

        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new TrashContent(db, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(service.Key, mayPublish: true)).Succeeded);
        }

        var trashed = await receiver.NextAsync();
        Assert.Equal(WebhookEvents.ContentMovedToRecycleBin, trashed.Header("Umb-Webhook-Event"));
        Assert.Equal(service.Key, Json(trashed).EnumerateArray().First().GetProperty("id").GetGuid());

        await using (var db = app.CreateDbContext())
        {
            Assert.True((await new DeleteContent(db, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(service.Key)).Succeeded);
        }

        var deleted = await receiver.NextAsync();
        Assert.Equal(WebhookEvents.ContentDelete, deleted.Header("Umb-Webhook-Event"));
        Assert.Equal($"{{\"id\":\"{service.Key}\"}}", deleted.Text);

        // Every attempt is logged with its status and duration; the secret header is masked there and in the application's log.
        var logs = await LogsAsync(app, webhook, 4);
        Assert.All(logs, l => Assert.Equal("OK (200)", l.StatusCode));
        Assert.All(logs, l => Assert.True(l.IsSuccessStatusCode && !l.ExceptionOccured && l.DurationMilliseconds >= 0));
        Assert.All(logs, l => Assert.Contains("Authorization: ********", l.RequestHeaders, StringComparison.Ordinal));
        Assert.All(logs, l => Assert.DoesNotContain("zelo-skrivno", l.RequestHeaders, StringComparison.Ordinal));
        Assert.Contains(logs, l => l.EventAlias == WebhookEvents.ContentDelete && l.ResponseBody == "ok");
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains("zelo-skrivno", StringComparison.Ordinal));
        await using var check = app.CreateDbContext();
        Assert.Empty(await check.WebhookRequests.ToListAsync());
    }

    [Fact]
    public async Task Minimal_payloads_carry_ids_and_published_cultures_and_media_events_follow_their_own_payload_type()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = App();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        await CreateAsync(app, receiver.BaseUrl + "/minimal", [WebhookEvents.ContentPublish, WebhookEvents.MediaSave], WebhookPayloadType.Minimal);

        await RenameAndPublishAsync(app, service.Key, "en-US", "Home help renamed");
        var published = await receiver.NextAsync();
        var body = Json(published);
        Assert.Equal(service.Key, body.GetProperty("id").GetGuid());
        var cultures = body.GetProperty("cultures").EnumerateArray().ToList();
        Assert.Equal(["en-US", "sl-SI"], cultures.Select(c => c.GetProperty("culture").GetString()).Order(StringComparer.Ordinal));
        var en = app.Snapshot.Get(service.Key)!.Culture("en-US")!;
        Assert.Equal(en.UpdateDate, cultures.Single(c => c.GetProperty("culture").GetString() == "en-US").GetProperty("date").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, body.EnumerateObject().Count());

        // Media: a folder saved and deleted; Minimal media save is {"id"}, a Legacy one the Delivery API media item.
        await using var legacyReceiver = await WebhookReceiver.StartAsync();
        await CreateAsync(app, legacyReceiver.BaseUrl + "/legacy", [WebhookEvents.MediaSave, WebhookEvents.MediaDelete]);
        Guid folder;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateMediaFolder>().ExecuteAsync(null, "Letaki 2026", "test");
            Assert.True(created.Succeeded);
            folder = created.Key;
        }

        var minimalMedia = await receiver.NextAsync();
        Assert.Equal(WebhookEvents.MediaSave, minimalMedia.Header("Umb-Webhook-Event"));
        Assert.Equal($"{{\"id\":\"{folder}\"}}", minimalMedia.Text);
        var legacyMedia = await legacyReceiver.NextAsync();
        Assert.Equal(WebhookEvents.MediaSave, legacyMedia.Header("Umb-Webhook-Event"));
        var media = Json(legacyMedia);
        Assert.Equal(folder, media.GetProperty("id").GetGuid());
        Assert.Equal("Letaki 2026", media.GetProperty("name").GetString());
        Assert.Equal("Folder", media.GetProperty("mediaType").GetString());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<DeleteMedia>().ExecuteAsync(folder, "test")).Succeeded);
        }

        var mediaDeleted = await legacyReceiver.NextAsync();
        Assert.Equal(WebhookEvents.MediaDelete, mediaDeleted.Header("Umb-Webhook-Event"));
        Assert.Equal($"{{\"id\":\"{folder}\"}}", mediaDeleted.Text);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_the_retry_count_until_it_answers_and_a_redirect_is_not_followed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => n switch
        {
            0 => (500, "napaka"),
            1 => (302, "drugam"),
            _ => (200, "ok"),
        };
        using var app = App();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        var (webhook, _) = await CreateAsync(app, receiver.BaseUrl + "/retry", [WebhookEvents.ContentPublish]);

        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Ponovno poslano");

        var attempts = new[] { await receiver.NextAsync(), await receiver.NextAsync(), await receiver.NextAsync() };
        Assert.Equal(["0", "1", "2"], attempts.Select(a => a.Header("Umb-Webhook-RetryCount")));
        Assert.All(attempts, a => Assert.Equal("/retry", a.Path));
        Assert.Single(attempts.Select(a => a.Text).Distinct());
        var logs = await LogsAsync(app, webhook, 3);
        Assert.Equal(["InternalServerError (500)", "Found (302)", "OK (200)"], logs.Select(l => l.StatusCode));
        Assert.Equal([0, 1, 2], logs.Select(l => l.RetryCount));
        Assert.Equal("napaka", logs[0].ResponseBody);
        await WaitForAsync(app, db => db.WebhookRequests.CountAsync(), n => n == 0);
        Assert.Equal(3, receiver.Count);
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_is_given_up_after_the_maximum_retries_and_a_slow_one_times_out()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = (n, _) => n == 0 ? (0, string.Empty) : (503, new string('x', 200_000));
        using var app = App(maximumRetries: 2, timeout: "00:00:01");
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        var (webhook, _) = await CreateAsync(app, receiver.BaseUrl + "/down", [WebhookEvents.ContentPublish]);

        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Nedosegljivo");

        var logs = await LogsAsync(app, webhook, 3);
        await WaitForAsync(app, db => db.WebhookRequests.CountAsync(), n => n == 0);
        Assert.Equal(3, logs.Count);
        Assert.Equal("Timeout", logs[0].StatusCode);
        Assert.True(logs[0].ExceptionOccured);
        Assert.Equal("ServiceUnavailable (503)", logs[1].StatusCode);
        Assert.Equal(4000, logs[1].ResponseBody.Length);
        Assert.Equal([0, 1, 2], logs.Select(l => l.RetryCount));
        Assert.All(logs, l => Assert.False(l.IsSuccessStatusCode));
    }

    [Fact]
    public async Task Disabled_webhooks_and_other_events_send_nothing_and_send_test_calls_at_once_with_a_signature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = App();
        await app.StartAsync();
        var (_, service) = PublishedService(app);
        var (disabled, _) = await CreateAsync(app, receiver.BaseUrl + "/disabled", [WebhookEvents.ContentPublish]);
        await using (var db = app.CreateDbContext())
        {
            await db.Webhooks.Where(w => w.Key == disabled).ExecuteUpdateAsync(s => s.SetProperty(w => w.Enabled, false));
        }

        await CreateAsync(app, receiver.BaseUrl + "/deletes-only", [WebhookEvents.ContentDelete]);
        var (test, secret) = await CreateAsync(app, receiver.BaseUrl + "/test", [WebhookEvents.ContentPublish]);
        await using (var db = app.CreateDbContext())
        {
            await db.Webhooks.Where(w => w.Key == test).ExecuteUpdateAsync(s => s.SetProperty(w => w.Events, "[\"Umbraco.MediaDelete\"]"));
        }

        await RenameAndPublishAsync(app, service.Key, "sl-SI", "Nihče ne posluša");
        await using (var db = app.CreateDbContext())
        {
            Assert.Empty(await db.WebhookRequests.ToListAsync());
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var log = await scope.ServiceProvider.GetRequiredService<SendWebhookTest>().ExecuteAsync(test);
            Assert.Equal("OK (200)", log!.StatusCode);
        }

        // The test request is the first and only one the receiver ever got.
        var ping = await receiver.NextAsync();
        Assert.Equal("/test", ping.Path);
        Assert.Equal(WebhookEvents.Test, ping.Header("Umb-Webhook-Event"));
        Assert.Equal($"{{\"id\":\"{test}\"}}", ping.Text);
        Assert.Equal(Signature(secret, ping.Body), ping.Header("X-NmZaMe-Signature"));
        Assert.Equal(1, receiver.Count);
        Assert.Single(await LogsAsync(app, test, 1));
    }

    [Fact]
    public async Task Old_delivery_logs_are_removed_after_the_retention_and_recent_ones_kept()
    {
        using var app = App();
        await app.StartAsync();
        var key = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            db.WebhookLogs.Add(new() { Key = Guid.NewGuid(), WebhookKey = key, Date = DateTime.UtcNow.AddDays(-31), EventAlias = "x", Url = "http://x" });
            db.WebhookLogs.Add(new() { Key = Guid.NewGuid(), WebhookKey = key, Date = DateTime.UtcNow.AddDays(-29), EventAlias = "y", Url = "http://x" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await app.Services.GetRequiredService<WebhookSender>().CleanUpAsync(CancellationToken.None, force: true));
        await using var check = app.CreateDbContext();
        Assert.Equal("y", (await check.WebhookLogs.SingleAsync(l => l.WebhookKey == key)).EventAlias);
    }
}
