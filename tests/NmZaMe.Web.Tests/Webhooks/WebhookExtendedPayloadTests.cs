using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Webhooks;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;
using static NmZaMe.Web.Tests.Webhooks.WebhookTestKit;

namespace NmZaMe.Web.Tests.Webhooks;

/// <summary>
/// The third of Umbraco 17's payload types (shared/reference/umbraco-webhooks.md §5): Extended sends a publish as
/// <c>{id, contentType, name, createDate, updateDate, cultures: {culture: {path, startItem, properties}}}</c> and a
/// media save as Legacy does.
/// </summary>
public sealed class WebhookExtendedPayloadTests
{
    [Fact]
    public async Task An_extended_publish_carries_every_routable_culture_with_its_own_values_and_a_media_save_the_media_item()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = App();
        var client = await app.StartAsync();
        var (_, service) = PublishedService(app);
        await CreateAsync(app, receiver.BaseUrl + "/extended", [WebhookEvents.ContentPublish, WebhookEvents.MediaSave], WebhookPayloadType.Extended);

        await RenameAndPublishAsync(app, service.Key, "en-US", "Home help, extended");
        var body = Json(await receiver.NextAsync());

        Assert.Equal(["id", "contentType", "name", "createDate", "updateDate", "cultures"], body.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(service.Key, body.GetProperty("id").GetGuid());
        Assert.Equal("service", body.GetProperty("contentType").GetString());
        Assert.Equal(service.Name("sl-SI"), body.GetProperty("name").GetString());
        Assert.Equal(["sl-SI", "en-US"], body.GetProperty("cultures").EnumerateObject().Select(c => c.Name).ToArray());
        foreach (var culture in new[] { "sl-SI", "en-US" })
        {
            var variant = body.GetProperty("cultures").GetProperty(culture);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{service.Key}");
            request.Headers.Add("Accept-Language", culture);
            using var response = await client.SendAsync(request);
            var item = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(["path", "startItem", "properties"], variant.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(item.GetProperty("route").GetProperty("path").GetString(), variant.GetProperty("path").GetString());
            Assert.Equal(item.GetProperty("route").GetProperty("startItem").GetRawText(), variant.GetProperty("startItem").GetRawText());
            Assert.Equal(item.GetProperty("properties").GetProperty("summary").GetString(), variant.GetProperty("properties").GetProperty("summary").GetString());
        }

        Assert.EndsWith("/home-help-extended/", body.GetProperty("cultures").GetProperty("en-US").GetProperty("path").GetString(), StringComparison.Ordinal);

        Guid folder;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateMediaFolder>().ExecuteAsync(null, "Letaki 2027", "test");
            Assert.True(created.Succeeded);
            folder = created.Key;
        }

        var media = Json(await receiver.NextAsync());
        Assert.Equal(folder, media.GetProperty("id").GetGuid());
        Assert.Equal("Folder", media.GetProperty("mediaType").GetString());
    }
}
