using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Search;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;

namespace NmZaMe.Web.Tests.Nodes;

/// <summary>The change log on both providers, and nodes on one PostgreSQL database applying each other's changes from it.</summary>
public sealed class ChangeLogTests
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_publish_writes_its_change_to_the_log_in_its_own_transaction_and_a_rolled_back_write_writes_nothing(string provider)
    {
        using var app = await Databases.CreateAsync(provider);
        await app.StartAsync();
        var (organisation, _) = PublishedService(app);
        var key = await SaveDraftAsync(app, organisation.Key, "Kvačkanje za zmedene žirafe");
        var before = await RowsAsync(app);

        await RenameAndPublishAsync(app, key, "sl-SI", "Kvačkanje za zmedene žirafe");

        var rows = await RowsAsync(app);
        var row = Assert.Single(rows.Skip(before.Count));
        Assert.Equal(ContentChangeKind.Published, row.Change!.Kind);
        Assert.Equal([key], row.Change.Keys);
        Assert.Equal(["sl-SI"], row.Change.Cultures);
        Assert.Equal(app.Services.GetRequiredService<ChangeLog>().NodeId, row.Originated);
        Assert.True(row.Sequence > before.Select(r => r.Sequence).DefaultIfEmpty().Max());

        // A use case whose transaction rolls back after the writers' rows were saved in it leaves no row behind.
        await using (var db = app.CreateDbContext())
        {
            var node = await db.Nodes.SingleAsync(n => n.Key == key);
            node.SortOrder += 1;
            await Assert.ThrowsAsync<InvalidOperationException>(() => app.Services.GetRequiredService<ContentCommit>().SaveAsync(db,
                new ContentChange(ContentChangeKind.Sorted, [key]), async ct =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    await db.SaveChangesAsync(ct);
                    throw new InvalidOperationException("Failed after saving, before the commit.");
                }));
        }

        Assert.Equal(rows.Count, (await RowsAsync(app)).Count);
    }

    [Fact]
    public async Task Rows_are_numbered_in_commit_order_so_a_reader_never_skips_a_transaction_that_commits_late()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var app = cluster.Node();
        await app.StartAsync();
        var log = app.Services.GetRequiredService<ChangeLog>();
        var start = await log.LastSequenceAsync(CancellationToken.None);

        // The early transaction inserts first but commits last: an id-ordered reader would see only the late one, move
        // past it and never read the early one.
        await using var early = app.CreateDbContext();
        await using var earlyTransaction = await early.Database.BeginTransactionAsync();
        log.Append(early, new ContentChange(ContentChangeKind.Published, [Guid.NewGuid()]));
        await early.SaveChangesAsync();

        await using (var late = app.CreateDbContext())
        {
            log.Append(late, new ContentChange(ContentChangeKind.Published, [Guid.NewGuid()]));
            await late.SaveChangesAsync();
        }

        var seen = Assert.Single(await log.ReadAfterAsync(start, 10, CancellationToken.None));
        await earlyTransaction.CommitAsync();

        var next = Assert.Single(await log.ReadAfterAsync(seen.Sequence, 10, CancellationToken.None));
        Assert.True(next.Sequence > seen.Sequence);
        await using var read = app.CreateDbContext();
        var ids = await read.ChangeLog.Where(r => r.Sequence > start).OrderBy(r => r.Sequence).Select(r => r.Id).ToListAsync();
        Assert.True(ids[0] > ids[1], "the late insert got the smaller sequence");
    }

    [Fact]
    public async Task A_publish_on_one_node_is_served_by_the_other_from_its_delivery_api_site_and_search()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        var clientB = b.CreateClient(new() { AllowAutoRedirect = false });
        var (organisation, _) = PublishedService(a);
        var key = await SaveDraftAsync(a, organisation.Key, "Kvačkanje za zmedene žirafe");

        await RenameAndPublishAsync(a, key, "sl-SI", "Kvačkanje za zmedene žirafe");

        await Eventually.TrueAsync(async () => (await clientB.GetAsync($"{Api}/content/item/{key}")).StatusCode == HttpStatusCode.OK,
            "the other node's Delivery API serves the published item");
        var route = b.Snapshot.Route(b.Snapshot.Get(key)!, "sl-SI");
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync("/sl" + route)).StatusCode);
        // The search index follows the snapshot in the handlers that run after the swap.
        await Eventually.TrueAsync(() => Search(b, "žirafe").Contains(key), "the other node's search finds it");
        Assert.DoesNotContain(b.Logs, l => l.Level >= LogLevel.Warning && l.Message.Contains("change log", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_node_that_stopped_applying_catches_up_in_order_and_one_behind_the_pruned_log_reloads()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        var applierB = b.Services.GetRequiredService<ChangeLogApplier>();
        var (organisation, _) = PublishedService(a);
        var key = await SaveDraftAsync(a, organisation.Key, "Kvačkanje za zmedene žirafe");

        // A node that is cut off for a while (paused, its database connection lost): changes pile up in the log.
        await applierB.StopAsync(CancellationToken.None);
        await RenameAndPublishAsync(a, key, "sl-SI", "Kvačkanje za zmedene žirafe");
        await RenameAndPublishAsync(a, key, "sl-SI", "Pletenje za zmedene žirafe");
        Assert.Null(b.Snapshot.Get(key));

        await applierB.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => b.Snapshot.Get(key)?.Name("sl-SI") == "Pletenje za zmedene žirafe", "the other node applies both publishes");
        await Eventually.TrueAsync(() => Search(b, "pletenje").Contains(key), "the other node's search finds the new name");
        Assert.DoesNotContain(key, Search(b, "kvačkanje"));
        var logB = b.Services.GetRequiredService<ChangeLog>();
        await Eventually.TrueAsync(async () => logB.Position == await logB.LastSequenceAsync(CancellationToken.None), "the node's position is the end of the log");

        // Away for longer than the log keeps: the rows it missed are gone, so it loads everything again.
        await applierB.StopAsync(CancellationToken.None);
        await RenameAndPublishAsync(a, key, "sl-SI", "Šivanje za zmedene žirafe");
        Assert.True(await a.Services.GetRequiredService<ChangeLogPruning>().PruneAsync(DateTime.UtcNow.AddMinutes(1), CancellationToken.None) > 0);
        await applierB.StartAsync(CancellationToken.None);

        await Eventually.TrueAsync(() => b.Snapshot.Get(key)?.Name("sl-SI") == "Šivanje za zmedene žirafe", "the node behind the pruned log reloads");
        Assert.Contains(b.Logs, l => l.Message.Contains("older than the change log keeps; reloading the whole snapshot", StringComparison.Ordinal));
        await Eventually.TrueAsync(() => Search(b, "šivanje").Contains(key), "the reloaded node's search finds the newest name");
    }

    [Fact]
    public async Task A_node_whose_notifications_are_cut_still_applies_changes_by_polling_and_listens_again()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        var (organisation, _) = PublishedService(a);
        var key = await SaveDraftAsync(a, organisation.Key, "Kvačkanje za zmedene žirafe");

        // What a database restart does to the listening connections.
        await using (var connection = new Npgsql.NpgsqlConnection(cluster.Settings["ConnectionStrings:Cms"]))
        {
            await connection.OpenAsync();
            const string Listeners = "FROM pg_stat_activity WHERE application_name = 'nmzame-changes' AND datname = current_database()";
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) " + Listeners, connection);
            await Eventually.TrueAsync(async () => (long)(await count.ExecuteScalarAsync())! == 2, "both nodes listen");
            await using var kill = new Npgsql.NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) " + Listeners, connection);
            Assert.Equal(2L, await kill.ExecuteScalarAsync());
        }

        await RenameAndPublishAsync(a, key, "sl-SI", "Kvačkanje za zmedene žirafe");
        await Eventually.TrueAsync(() => b.Snapshot.Get(key) is not null, "the other node applies the publish");
        await Eventually.TrueAsync(() => b.Logs.Any(l => l.Message == "Change notifications are back"), "the node listens again");
    }

    [Fact]
    public async Task A_restarted_node_on_its_old_data_directory_serves_what_was_published_and_trashed_while_it_was_down()
    {
        using var dataB = new TempDirectory();
        using var cluster = await NodeCluster.CreateAsync();
        var a = cluster.Node();
        await a.StartAsync();
        var b = cluster.Node(dataB.Path);
        await b.StartAsync();
        var (organisation, gone) = PublishedService(a);
        var key = await SaveDraftAsync(a, organisation.Key, "Kvačkanje za zmedene žirafe");
        Assert.Contains(gone.Key, Search(b, gone.Name("sl-SI")!));
        b.Dispose();

        await RenameAndPublishAsync(a, key, "sl-SI", "Kvačkanje za zmedene žirafe");
        using (var editor = await EditorAsync(a))
        using (var trashed = await editor.SubmitAsync($"/umbraco/content/{gone.Key}/trash", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        // The search index it kept on disk is from before; the snapshot it loads is not.
        var again = cluster.Node(dataB.Path);
        var client = await again.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/content/item/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/content/item/{gone.Key}")).StatusCode);
        Assert.Contains(key, Search(again, "žirafe"));
        Assert.DoesNotContain(gone.Key, Search(again, gone.Name("sl-SI")!));
    }

    private static List<Guid> Search(CmsApplication app, string text) =>
        app.Services.GetRequiredService<ISearchService>().Search(new SearchQuery(text, "sl-SI")).Hits.Select(h => h.Content.Key).ToList();

    private static async Task<IReadOnlyList<ChangeLogEntry>> RowsAsync(CmsApplication app) =>
        await app.Services.GetRequiredService<ChangeLog>().ReadAfterAsync(0, 10_000, CancellationToken.None);
}
