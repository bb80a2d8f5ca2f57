using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Redirects;

/// <summary>
/// Umbraco's Redirect URL Management as readers see it: the table of old routes, loaded at start-up and kept in step
/// by <see cref="RedirectRecorder"/> (new old routes after a change) and <see cref="DeleteRedirect"/>.
/// </summary>
public sealed class RedirectTracker(ICmsDbContextFactory dbFactory) : IHostedService
{
    private readonly Lock _gate = new();
    private RedirectTable _table = RedirectTable.Empty;

    public RedirectTable Table => Volatile.Read(ref _table);

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.Create();
        var entries = await db.RedirectUrls.AsNoTracking()
            .Select(r => new RedirectEntry(r.Id, r.RootKey, r.Culture, r.Path, r.NodeKey, r.Created))
            .ToListAsync(cancellationToken);
        lock (_gate)
        {
            Volatile.Write(ref _table, new RedirectTable(entries));
        }
    }

    /// <summary>Drops a deleted entry from the table (the caller has removed it from the database).</summary>
    public void Forget(long id)
    {
        lock (_gate)
        {
            Volatile.Write(ref _table, _table.Without(id));
        }
    }

    /// <summary>Takes in entries the recorder has just stored, and drops those it removed.</summary>
    internal void Apply(IReadOnlyCollection<RedirectEntry> added, IReadOnlyCollection<long> removed)
    {
        lock (_gate)
        {
            Volatile.Write(ref _table, _table.With(added, removed));
        }
    }
}
