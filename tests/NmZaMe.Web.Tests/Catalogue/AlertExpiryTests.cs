using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Scheduling;

namespace NmZaMe.Web.Tests.Catalogue;

/// <summary>A service alert with an end date leaves the site and the Delivery API when the (fake) clock passes it, without a republish.</summary>
public sealed class AlertExpiryTests
{
    private const string Text = "Med prazniki storitev ne deluje.";

    [Fact]
    public async Task An_alert_past_its_end_date_disappears_from_page_and_api_and_no_cache_or_etag_keeps_it()
    {
        var clock = new MovableClock();
        using var app = new CmsApplication(services: s => s.AddSingleton<TimeProvider>(clock));
        var client = await app.StartAsync();
        var service = app.Snapshot.All.Where(c => c.ContentType.Alias == "service").OrderBy(c => c.Key).First();
        var end = clock.GetUtcNow().UtcDateTime.AddHours(1);
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == service.Key);
            var published = ContentData.Deserialize(node.PublishedData!);
            published.SetValue(ServiceAlert.Alert, "sl-SI", Text);
            published.SetValue(ServiceAlert.EndDate, string.Empty, end.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            node.PublishedData = published.Serialize();
            await app.Services.GetRequiredService<ContentCommit>().SaveAsync(db, new ContentChange(ContentChangeKind.Published, [service.Key]));
        }

        var expiry = app.Services.GetRequiredService<AlertExpiry>();
        await expiry.TickAsync();
        var page = "/sl" + app.Snapshot.Route(app.Snapshot.Get(service.Key)!, "sl-SI");
        var api = $"/umbraco/delivery/api/v2/content/item/{service.Key}";
        var hsds = $"/hsds/services/{service.Key}";
        Assert.Contains(Text, await client.GetStringAsync(hsds), StringComparison.Ordinal);
        Assert.Contains(Text, await client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Contains(Text, await client.GetStringAsync(page), StringComparison.Ordinal);
        EntityTagHeaderValue etag;
        using (var before = await client.GetAsync(api))
        {
            Assert.Contains(Text, await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            etag = before.Headers.ETag!;
        }

        // Before the end nothing changes; after it, one look of the job and every reader has dropped the alert.
        Assert.Empty(await expiry.TickAsync());
        clock.Shift(TimeSpan.FromHours(2));
        Assert.Contains(service.Key, await expiry.TickAsync());

        Assert.DoesNotContain(Text, await client.GetStringAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain(Text, await client.GetStringAsync(hsds), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, api);
        request.Headers.IfNoneMatch.Add(etag);
        using var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var json = await after.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Text, json, StringComparison.Ordinal);
        Assert.Contains("\"alert\":null", json, StringComparison.Ordinal);
        Assert.NotEqual(etag, after.Headers.ETag);

        // The content itself is untouched: no republish, no new version.
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == service.Key);
            Assert.Equal(Text, ContentData.Deserialize(node.PublishedData!).Value(ServiceAlert.Alert, "sl-SI"));
        }
    }

    private sealed class MovableClock : TimeProvider
    {
        private long _ticks;

        public void Shift(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _ticks));
    }
}
