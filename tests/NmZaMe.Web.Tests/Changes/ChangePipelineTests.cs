using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Redirects;
using NmZaMe.Cms.Search;
using NmZaMe.Cms.Webhooks;
using NmZaMe.Web.Api.Caching;
using NmZaMe.Web.Site.Caching;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;

namespace NmZaMe.Web.Tests.Changes;

/// <summary>The change pipeline as a feature plugs into it: handlers and writers registered with the host.</summary>
public sealed class ChangePipelineTests
{
    [Fact]
    public async Task A_registered_handler_sees_the_load_a_publish_and_a_trash_with_their_kinds_keys_and_cultures()
    {
        using var app = new CmsApplication(services: s => s.AddContentChangedHandler<RecordingHandler>());
        var client = await app.StartAsync();
        var recorder = Handler<RecordingHandler>(app);
        Assert.Equal(
            [typeof(SearchIndexUpdater), typeof(NmZaMe.Cms.Search.Internal.InternalIndexUpdater), typeof(NmZaMe.Cms.Content.ReferenceMapUpdater), typeof(RedirectRecorder), typeof(RedirectTableRefresh), typeof(WebhookPayloadRenderer), typeof(ApiCacheEviction), typeof(SiteCacheEviction), typeof(RecordingHandler)],
            app.Services.GetServices<IContentChangedHandler>().Select(h => h.GetType()));

        var loaded = Assert.Single(recorder.Changes);
        Assert.Equal(ContentChangeKind.Reloaded, loaded.Kind);
        Assert.Null(loaded.Before);
        Assert.Same(app.Snapshot, loaded.After);

        var (organisation, _) = PublishedService(app);
        var key = await SaveDraftAsync(app, organisation.Key, "Kvačkanje za zmedene žirafe");
        await RenameAndPublishAsync(app, key, "sl-SI", "Kvačkanje za zmedene žirafe");

        var published = recorder.Changes.Last();
        Assert.Equal(ContentChangeKind.Published, published.Kind);
        Assert.Equal([key], published.Keys);
        Assert.Equal(["sl-SI"], published.Cultures);
        Assert.Null(published.Before!.Get(key));
        Assert.Same(app.Snapshot, published.After);
        // Handlers run in registration order, so by the time this one runs the index already has the item.
        Assert.Contains(key, recorder.FoundInSearch);

        using var editor = await EditorAsync(app);
        using (var trashed = await editor.SubmitAsync($"/umbraco/content/{key}/trash", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        var trash = recorder.Changes.Last();
        Assert.Equal(ContentChangeKind.Trashed, trash.Kind);
        Assert.Equal([key], trash.Keys);
        Assert.Empty(trash.Cultures);
        Assert.NotNull(trash.Before!.Get(key));
        Assert.Null(trash.After.Get(key));
        Assert.Equal(3, recorder.Changes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_failing_handler_is_logged_and_neither_stops_the_handlers_after_it_nor_fails_the_publish()
    {
        using var app = new CmsApplication(services: s => s.AddContentChangedHandler<ThrowingHandler>().AddContentChangedHandler<RecordingHandler>());
        var client = await app.StartAsync();
        var (organisation, _) = PublishedService(app);
        var key = await SaveDraftAsync(app, organisation.Key, "Kvačkanje za zmedene žirafe");

        await RenameAndPublishAsync(app, key, "sl-SI", "Kvačkanje za zmedene žirafe");

        var route = app.Snapshot.Route(app.Snapshot.Get(key)!, "sl-SI");
        Assert.NotNull(route);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sl" + route)).StatusCode);
        var published = Handler<RecordingHandler>(app).Changes.Last();
        Assert.Equal((ContentChangeKind.Published, key), (published.Kind, published.Keys.Single()));
        Assert.Contains(app.Logs, l => l.Level == LogLevel.Error && l.Message.StartsWith("ThrowingHandler failed on a Published change of 1 items", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_writer_stores_its_row_in_the_same_transaction_as_the_write_or_not_at_all()
    {
        using var app = new CmsApplication(services: s => s.AddContentChangeWriter<AuditingWriter>());
        await app.StartAsync();
        var (organisation, _) = PublishedService(app);
        var key = await SaveDraftAsync(app, organisation.Key, "Kvačkanje za zmedene žirafe");

        await RenameAndPublishAsync(app, key, "sl-SI", "Kvačkanje za zmedene žirafe");
        await using (var db = app.CreateDbContext())
        {
            var row = await db.AuditEntries.SingleAsync(a => a.Action == AuditingWriter.Action);
            Assert.Equal((key, "Published sl-SI"), (row.NodeKey, row.Detail));
        }

        // A writer that fails takes the write down with it: nothing is published, nothing is half-stored.
        var other = await SaveDraftAsync(app, organisation.Key, "Pletenje za pozabljive pingvine");
        Handler<AuditingWriter>(app).FailNext = true;
        await using (var db = app.CreateDbContext())
        {
            var publish = new PublishContent(db, app.Snapshot.Schema, app.Services.GetRequiredService<ContentCommit>());
            await Assert.ThrowsAsync<InvalidOperationException>(() => publish.ExecuteAsync(other, ["sl-SI"]));
        }

        await using (var db = app.CreateDbContext())
        {
            Assert.Null((await db.Nodes.SingleAsync(n => n.Key == other)).PublishedData);
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditingWriter.Action));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.NodeKey == other && a.Action == "Publish"));
        }

        Assert.Null(app.Snapshot.Get(other));
    }

    private static T Handler<T>(CmsApplication app) =>
        app.Services.GetServices<IContentChangedHandler>().OfType<T>().Concat(app.Services.GetServices<IContentChangeWriter>().OfType<T>()).Single();

    private sealed class RecordingHandler(ISearchService search) : IContentChangedHandler
    {
        public ConcurrentQueue<ContentChanged> Changes { get; } = new();

        public ConcurrentBag<Guid> FoundInSearch { get; } = [];

        public Task HandleAsync(ContentChanged change, CancellationToken cancellationToken)
        {
            Changes.Enqueue(change);
            foreach (var hit in search.Search(new SearchQuery("žirafe", "sl-SI")).Hits)
            {
                FoundInSearch.Add(hit.Content.Key);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingHandler : IContentChangedHandler
    {
        public Task HandleAsync(ContentChanged change, CancellationToken cancellationToken) =>
            change.Kind == ContentChangeKind.Reloaded ? Task.CompletedTask : throw new InvalidOperationException("A handler that always fails.");
    }

    private sealed class AuditingWriter : IContentChangeWriter
    {
        public const string Action = "TestWriter";

        public bool FailNext { get; set; }

        public Task WriteAsync(CmsDbContext db, ContentChange change, CancellationToken cancellationToken)
        {
            db.AuditEntries.Add(new AuditEntryRecord
            {
                NodeKey = change.Keys[0], Date = DateTime.UtcNow, Action = Action, Detail = $"{change.Kind} {string.Join(',', change.Cultures)}",
            });
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("A writer that fails once.");
            }

            return Task.CompletedTask;
        }
    }
}
