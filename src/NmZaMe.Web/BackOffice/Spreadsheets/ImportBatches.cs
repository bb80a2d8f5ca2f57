using Microsoft.Extensions.Caching.Memory;

namespace NmZaMe.Web.BackOffice.Spreadsheets;

/// <summary>
/// An uploaded file's rows between the preview and the confirmation, kept on the server under a random id and for the
/// editor who uploaded it only, so the confirmation imports exactly what was previewed and the browser cannot swap it.
/// A batch lives <see cref="Lifetime"/> at most and is dropped as soon as it is imported. It is kept in this node's
/// memory: behind a load balancer the preview and the confirmation need the same node (sticky sessions).
/// </summary>
public sealed class ImportBatches(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Characters kept at once over every editor's batches: twenty of the largest files; more uploads wait.</summary>
    private const long MaxCharacters = 100_000_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxCharacters });

    public sealed record Batch(Guid Id, Guid Owner, string FileName, IReadOnlyList<IReadOnlyList<string>> Rows);

    /// <summary>Keeps the rows; null when the memory for batches is full.</summary>
    public Batch? Keep(Guid owner, string fileName, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var batch = new Batch(Guid.NewGuid(), owner, fileName, rows);
        var size = rows.Sum(r => r.Sum(c => (long)c.Length + 1));
        _cache.Set(batch.Id, batch, new MemoryCacheEntryOptions { AbsoluteExpiration = time.GetUtcNow() + Lifetime, Size = size });
        return _cache.TryGetValue(batch.Id, out _) ? batch : null;
    }

    /// <summary>The batch when it exists, has not expired and belongs to <paramref name="owner"/>.</summary>
    public Batch? Find(Guid owner, Guid id) =>
        _cache.TryGetValue(id, out Batch? batch) && batch is not null && batch.Owner == owner ? batch : null;

    public void Remove(Guid id) => _cache.Remove(id);

    public void Dispose() => _cache.Dispose();
}
