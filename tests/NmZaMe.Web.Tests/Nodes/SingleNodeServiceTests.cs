using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Scheduling;
using Npgsql;

namespace NmZaMe.Web.Tests.Nodes;

public sealed class SingleNodeServiceTests
{
    private const string Lease = "scheduled-publishing";

    [Fact]
    public async Task Scheduled_publishing_runs_on_one_node_and_moves_to_the_other_when_that_node_stops()
    {
        using var cluster = await NodeCluster.CreateAsync(new Dictionary<string, string?> { ["NmZaMe:Scheduling:IntervalSeconds"] = "1" });
        var (a, b) = await cluster.StartTwoAsync();
        await Eventually.TrueAsync(() => Holds(a) || Holds(b), "a node runs scheduled publishing");
        var (holder, other) = Holds(a) ? (a, b) : (b, a);
        Assert.False(Holds(other));

        var first = await ScheduleUnpublishAsync(holder, skip: 0);
        await Eventually.TrueAsync(() => ScheduleGoneAsync(holder, first), "the due entry ran");

        Assert.Equal(1, await AuditCountAsync(holder, first, "ScheduledUnpublish"));
        Assert.Contains(holder.Logs, l => l.Message.StartsWith("Scheduled publishing ran 1 entries", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Logs, l => l.Message.StartsWith("Scheduled publishing ran", StringComparison.Ordinal));

        holder.Dispose();
        await Eventually.TrueAsync(() => Holds(other), "the other node takes over scheduled publishing");
        var second = await ScheduleUnpublishAsync(other, skip: 1);
        await Eventually.TrueAsync(() => ScheduleGoneAsync(other, second), "the second due entry ran on the other node");

        Assert.Equal(1, await AuditCountAsync(other, second, "ScheduledUnpublish"));
        Assert.Contains(other.Logs, l => l.Message.StartsWith("Scheduled publishing ran 1 entries", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_holder_whose_database_connection_dies_gives_up_the_lease_and_it_is_held_again()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        await Eventually.TrueAsync(() => Holds(a) || Holds(b), "a node runs scheduled publishing");
        var holder = Holds(a) ? a : b;

        // What a database restart or a network cut does to the holder: its lock connection ends on the server.
        await using (var connection = new NpgsqlConnection(cluster.Settings["ConnectionStrings:Cms"]))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM (SELECT DISTINCT pid FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) holders",
                connection);
            // Each node has one lease connection, whatever number of leases it holds; the other node may hold some too (change log pruning, webhooks).
            Assert.InRange((long)(await kill.ExecuteScalarAsync())!, 1L, 2L);
        }

        await Eventually.TrueAsync(() => holder.Logs.Any(l => l.Level == LogLevel.Warning && l.Message.Contains($"lost the lease {Lease}", StringComparison.Ordinal)),
            "the holder notices that its lease is gone");
        await Eventually.TrueAsync(() => Holds(a) ^ Holds(b), "exactly one node holds the lease again");
    }

    [Fact]
    public async Task A_lease_is_held_by_one_node_at_a_time_and_free_again_when_released()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        var leasesA = a.Services.GetRequiredService<NodeLeases>();
        var leasesB = b.Services.GetRequiredService<NodeLeases>();

        var lease = await leasesA.TryAcquireAsync("test-lease", CancellationToken.None);
        Assert.NotNull(lease);
        Assert.Null(await leasesB.TryAcquireAsync("test-lease", CancellationToken.None));
        Assert.Null(await leasesA.TryAcquireAsync("test-lease", CancellationToken.None));

        await lease.DisposeAsync();
        await using var taken = await leasesB.TryAcquireAsync("test-lease", CancellationToken.None);
        Assert.NotNull(taken);
        Assert.True(leasesB.Holds("test-lease"));
        Assert.False(leasesA.Holds("test-lease"));
    }

    private static bool Holds(CmsApplication node) => node.Services.GetRequiredService<NodeLeases>().Holds(Lease);

    /// <summary>An unpublish of a published service, due a minute ago; returns the service's node id.</summary>
    private static async Task<int> ScheduleUnpublishAsync(CmsApplication node, int skip)
    {
        await using var db = node.CreateDbContext();
        var service = await db.Nodes.Where(n => n.ContentTypeAlias == "service" && n.PublishedData != null).OrderBy(n => n.Id).Skip(skip).FirstAsync();
        db.ContentSchedules.Add(new ContentScheduleRecord
        {
            NodeId = service.Id, Culture = "sl-SI", Action = ScheduleAction.Unpublish, Date = DateTime.UtcNow.AddMinutes(-1), UserName = "test",
        });
        await db.SaveChangesAsync();
        return service.Id;
    }

    private static async Task<bool> ScheduleGoneAsync(CmsApplication node, int nodeId)
    {
        await using var db = node.CreateDbContext();
        return !await db.ContentSchedules.AnyAsync(s => s.NodeId == nodeId);
    }

    private static async Task<int> AuditCountAsync(CmsApplication node, int nodeId, string action)
    {
        await using var db = node.CreateDbContext();
        var key = await db.Nodes.Where(n => n.Id == nodeId).Select(n => n.Key).SingleAsync();
        return await db.AuditEntries.CountAsync(e => e.NodeKey == key && e.Action == action && e.UserName == RunDueSchedules.UserName);
    }
}
