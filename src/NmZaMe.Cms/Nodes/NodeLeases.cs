using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace NmZaMe.Cms.Nodes;

/// <summary>
/// Named leases that at most one node holds at a time: on PostgreSQL a session-level advisory lock
/// (<see cref="PostgresNodeLeases"/>), on SQLite, which serves one node only, always this node's
/// (<see cref="LocalNodeLeases"/>). Work that must run on one node uses <see cref="ISingleNodeService"/> rather than
/// this class directly.
/// </summary>
public abstract class NodeLeases(NodesOptions options)
{
    private readonly ConcurrentDictionary<string, NodeLease> _held = new(StringComparer.Ordinal);

    /// <summary>How long <see cref="AcquireAsync"/> waits between attempts.</summary>
    public TimeSpan RetryInterval { get; } = NodesOptions.Seconds(options.LeaseRetrySeconds, 0.05);

    /// <summary>The names of the leases this node holds now.</summary>
    public IReadOnlyCollection<string> Held => [.. _held.Values.Where(l => l.Taken).Select(l => l.Name)];

    // A name sits in the table while this node is still asking for it (so it asks once at a time); only a granted one counts as held.
    public bool Holds(string name) => _held.TryGetValue(name, out var lease) && lease.Taken;

    /// <summary>The lease if no other holder has it now, else null. A name is held at most once per node as well.</summary>
    public async Task<NodeLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var lease = new NodeLease(name, Key(name), ReleaseAsync);
        if (!_held.TryAdd(name, lease))
        {
            return null;
        }

        try
        {
            if (await TryTakeAsync(lease, cancellationToken))
            {
                lease.Taken = true;
                return lease;
            }
        }
        catch
        {
            _held.TryRemove(new(name, lease));
            throw;
        }

        _held.TryRemove(new(name, lease));
        return null;
    }

    /// <summary>Waits until this node holds the lease, trying every <see cref="RetryInterval"/>.</summary>
    public async Task<NodeLease> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await TryAcquireAsync(name, cancellationToken) is { } lease)
            {
                return lease;
            }

            await Task.Delay(RetryInterval, cancellationToken);
        }
    }

    /// <summary>Takes the lease for this node, or returns false when another node holds it or the database cannot be reached.</summary>
    private protected abstract Task<bool> TryTakeAsync(NodeLease lease, CancellationToken cancellationToken);

    /// <summary>Gives the lease back; a lease already lost needs nothing.</summary>
    private protected abstract ValueTask GiveBackAsync(NodeLease lease);

    /// <summary>Every lease this node held is gone (its connection died): they are no longer held and their holders hear of it.</summary>
    private protected void LoseAll()
    {
        foreach (var lease in _held.Values)
        {
            if (_held.TryRemove(new(lease.Name, lease)))
            {
                lease.MarkLost();
            }
        }
    }

    private protected IReadOnlyCollection<NodeLease> HeldLeases => [.. _held.Values];

    private async ValueTask ReleaseAsync(NodeLease lease)
    {
        if (_held.TryRemove(new(lease.Name, lease)))
        {
            await GiveBackAsync(lease);
        }
    }

    // A stable 64-bit number per name: advisory locks are keyed by numbers, and the name's hash is the same on every node.
    private static long Key(string name) => (long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes("nmzame:" + name));
}

/// <summary>One node (SQLite): every lease is this node's, once at a time.</summary>
public sealed class LocalNodeLeases(NodesOptions options) : NodeLeases(options)
{
    private protected override Task<bool> TryTakeAsync(NodeLease lease, CancellationToken cancellationToken) => Task.FromResult(true);

    private protected override ValueTask GiveBackAsync(NodeLease lease) => ValueTask.CompletedTask;
}
