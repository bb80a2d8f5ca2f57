namespace NmZaMe.Cms.Nodes;

/// <summary>
/// A named lease this node holds: while it is held no other node holds the same name. <see cref="Lost"/> is cancelled
/// when the lease ends without being released (the database connection that carried it died). Disposing releases it.
/// </summary>
public sealed class NodeLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _lost = new();
    private readonly Func<NodeLease, ValueTask> _release;
    private volatile bool _taken;

    internal NodeLease(string name, long key, Func<NodeLease, ValueTask> release)
    {
        Name = name;
        Key = key;
        _release = release;
    }

    public string Name { get; }

    public CancellationToken Lost => _lost.Token;

    internal long Key { get; }

    /// <summary>True once the database granted it; before that the node is only trying.</summary>
    internal bool Taken { get => _taken; set => _taken = value; }

    internal void MarkLost()
    {
        try
        {
            _lost.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already released.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _release(this);
        _lost.Dispose();
    }
}
