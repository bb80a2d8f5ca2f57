using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// Holds the current snapshot and replaces it after writes commit. Readers only ever see a complete snapshot. Loads and
/// refreshes come through ContentCommit (in Changes), which then runs the change handlers.
/// </summary>
public sealed class PublishedSnapshotService(ICmsDbContextFactory dbFactory, PropertyEditorCollection editors, ILogger<PublishedSnapshotService> logger) : ISnapshotSource
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private PublishedSnapshot? _current;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public PublishedSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The published snapshot has not been loaded yet.");

    public async Task<SnapshotSwap> LoadAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var paused = GC.GetTotalPauseDuration();
            await using var db = dbFactory.Create();
            var schemaItems = await db.SchemaItems.AsNoTracking().ToListAsync(cancellationToken);
            var schema = SchemaStore.Build(schemaItems, editors);
            // One read transaction, so the rows and their data come from the same state of the database.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var cpuRead = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            // Converting is independent per item: every core parses while the data streams in, so a large
            // catalogue's raw data is never all in memory at once.
            // The raw-bytes read is SQLite's (CAST AS BLOB gives the stored UTF-8); other providers read strings.
            var sources = db.Database.IsSqlite()
                ? StreamSources(db, transaction.GetDbTransaction())
                : await Sources(db, null, cancellationToken);
            using var arena = new ValueArena();
            var items = sources.AsParallel().WithCancellation(cancellationToken)
                .Select(source => PublishedContentFactory.Create(source, schema, arena))
                .OfType<PublishedContent>()
                .ToList();
            await transaction.CommitAsync(cancellationToken);
            var converted = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            var cpuConverted = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var snapshot = new PublishedSnapshot(schema, items, (_current?.Generation ?? 0) + 1) { SchemaHash = Hash(schemaItems) };
            logger.LogDebug("Snapshot load: {Items} items; schema read in {Read:0} ms, data read and converted by {Converted:0} ms, snapshot built by {Built:0} ms; process CPU {CpuRead:0} / {CpuConverted:0} / {CpuBuilt:0} ms; GC paused {Paused:0} ms, collections {Gen0}/{Gen1}/{Gen2}",
                items.Count, read.TotalMilliseconds, converted.TotalMilliseconds, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                cpuRead.TotalMilliseconds, cpuConverted.TotalMilliseconds, System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,
                (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var swap = Swap(snapshot);
            logger.LogInformation("Published snapshot loaded: {Documents} documents, {Media} media", snapshot.Content.Count, snapshot.Media.Count);
            return swap;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Re-reads the given items (published, moved, trashed or deleted) and swaps in a snapshot that reuses everything else.</summary>
    public async Task<SnapshotSwap> RefreshAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return new SnapshotSwap(Current, Current);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var current = Current;
            await using var db = dbFactory.Create();
            var sources = await Sources(db, keys, cancellationToken);
            var changed = new HashSet<Guid>(keys);
            var items = current.Content.Values.Concat(current.Media.Values).Where(i => !changed.Contains(i.Key)).ToList();
            foreach (var source in sources)
            {
                if (PublishedContentFactory.Create(source, current.Schema) is { } item)
                {
                    items.Add(item);
                }
            }

            return Swap(new PublishedSnapshot(current.Schema, items, current.Generation + 1) { SchemaHash = current.SchemaHash });
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private SnapshotSwap Swap(PublishedSnapshot snapshot) => new(Interlocked.Exchange(ref _current, snapshot), snapshot);

    private static ulong Hash(List<SchemaItemRecord> items)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var item in items.OrderBy(i => i.Key))
        {
            hash.AppendData(item.Key.ToByteArray());
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(item.Definition));
        }

        return BitConverter.ToUInt64(hash.GetHashAndReset(), 0);
    }

    /// <summary>
    /// Every published row with its data as the UTF-8 bytes SQLite stores, one at a time, in one query: decoding a
    /// large catalogue's data to strings only to encode it back for the JSON reader was a large share of the start-up,
    /// and so was a second pass for the rows' other columns.
    /// </summary>
    private static IEnumerable<PublishedSource> StreamSources(CmsDbContext db, System.Data.Common.DbTransaction transaction)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT n.Id, n.Key, p.Key, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate, n.UpdateDate, CAST(n.PublishedData AS BLOB)
            FROM cmsNode n LEFT JOIN cmsNode p ON p.Id = n.ParentId
            WHERE n.Trashed = 0 AND n.PublishedData IS NOT NULL
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new PublishedSource(reader.GetInt32(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetString(5), Utc(reader.GetDateTime(6)), Utc(reader.GetDateTime(7)), string.Empty)
            {
                Utf8Data = reader.GetFieldValue<byte[]>(8),
            };
        }
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static async Task<List<PublishedSource>> Sources(CmsDbContext db, IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        var nodes = db.Nodes.AsNoTracking().Where(n => !n.Trashed && n.PublishedData != null);
        if (keys is not null)
        {
            var list = keys.ToList();
            nodes = nodes.Where(n => list.Contains(n.Key));
        }

        return await (
            from n in nodes
            join p in db.Nodes on n.ParentId equals p.Id into parents
            from p in parents.DefaultIfEmpty()
            select new PublishedSource(n.Id, n.Key, p == null ? null : p.Key, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate, n.UpdateDate, n.PublishedData!))
            .ToListAsync(cancellationToken);
    }
}
