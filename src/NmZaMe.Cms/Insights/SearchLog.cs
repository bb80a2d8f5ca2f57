using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Insights;

/// <summary>
/// Records public searches without slowing them: a search only puts a small record into a bounded in-memory buffer
/// (never waits; when the buffer is full the record is dropped and counted), and <see cref="FlushAsync"/>, called in the
/// background every few seconds, writes what is buffered in one transaction. What is still buffered when the process
/// dies is lost: a few seconds of counts, accepted in exchange for a read path that never touches the database.
/// </summary>
public sealed class SearchLog(ICmsDbContextFactory dbFactory, TimeProvider clock)
{
    public const int Capacity = 50_000;

    private readonly Channel<Entry> _buffer = Channel.CreateBounded<Entry>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private long _dropped;

    /// <summary>The life situation a result answers: itself when it is one, else the first it is filed under.</summary>
    public static Guid? LifeChallengeOf(PublishedCache.PublishedContent? content) =>
        content is null ? null
        : content.ContentType.Alias == "lifeChallenge" ? content.Key
        : content.Value("lifeChallenges", string.Empty) is PublishedCache.PickedItems { Keys.Count: > 0 } picked ? picked.Keys[0] : null;

    /// <summary>Records that no result could be written for because the buffer was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Records a search; returns the random token that result links carry so an opened result can be counted.</summary>
    public Guid Record(string query, string culture, long results, Guid? lifeChallenge, string source)
    {
        var normalised = QueryMasking.Normalise(query);
        if (normalised.Length == 0)
        {
            return Guid.Empty;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new SearchQueryRecord
        {
            Token = Guid.NewGuid(),
            Query = normalised,
            Culture = culture.Length > 16 ? culture[..16] : culture,
            Hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc),
            Results = (int)Math.Min(results, int.MaxValue),
            LifeChallenge = lifeChallenge,
            Source = source,
        };
        if (!_buffer.Writer.TryWrite(new Entry(record, null)))
        {
            Interlocked.Increment(ref _dropped);
            return Guid.Empty;
        }

        return record.Token;
    }

    /// <summary>Counts that a result of the search with this token was opened.</summary>
    public void Opened(Guid token)
    {
        if (token != Guid.Empty && !_buffer.Writer.TryWrite(new Entry(null, token)))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Writes what is buffered; returns how many searches and opened results were written.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        var added = new Dictionary<Guid, SearchQueryRecord>();
        var opened = new HashSet<Guid>();
        while (added.Count + opened.Count < 10_000 && _buffer.Reader.TryRead(out var entry))
        {
            if (entry.Record is { } record)
            {
                added[record.Token] = record;
            }
            else if (added.TryGetValue(entry.Opened!.Value, out var buffered))
            {
                buffered.Opened = true;
            }
            else
            {
                opened.Add(entry.Opened!.Value);
            }
        }

        if (added.Count == 0 && opened.Count == 0)
        {
            return 0;
        }

        await using var db = dbFactory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SearchQueries.AddRange(added.Values);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var chunk in opened.Chunk(500))
        {
            await db.SearchQueries.Where(q => chunk.Contains(q.Token) && !q.Opened).ExecuteUpdateAsync(s => s.SetProperty(q => q.Opened, true), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added.Count + opened.Count;
    }

    private readonly record struct Entry(SearchQueryRecord? Record, Guid? Opened);
}
