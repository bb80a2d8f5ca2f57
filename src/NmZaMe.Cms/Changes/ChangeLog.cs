using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Changes;

/// <summary>One row of the change log as a node reads it: its commit order, the node that wrote it and the change (null when this build does not know its kind).</summary>
public sealed record ChangeLogEntry(long Sequence, string Originated, ContentChange? Change);

/// <summary>
/// The durable log of committed changes (Umbraco's cache instructions, table <c>umbracoCacheInstruction</c>), through
/// which the nodes on one database apply each other's writes. Every change is appended in the transaction that makes it
/// (<see cref="ChangeLogWriter"/>), so the log never misses a committed write and never holds one that rolled back.
/// </summary>
/// <remarks>
/// Rows are read in <see cref="ChangeLogRecord.Sequence"/> order, which the database assigns as each transaction commits
/// (PostgreSQL: a deferred trigger takes the next number under a transaction lock just before the commit; SQLite:
/// writers are serialised anyway). So a reader that has seen sequence N has seen every row below N that will ever
/// exist, and "everything after my position" is exact, even when transactions that started earlier commit later.
/// This class also keeps this node's position: the last sequence whose change is in its snapshot.
/// </remarks>
public sealed class ChangeLog(ICmsDbContextFactory dbFactory, TimeProvider time)
{
    /// <summary>The PostgreSQL channel the log's trigger notifies when a change commits.</summary>
    public const string NotifyChannel = "nmzame_changes";

    /// <summary>The <c>cmsKeyValue</c> key holding the highest sequence pruned so far.</summary>
    public const string PrunedThroughKey = "changelog:pruned-through";

    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _position = -1;

    /// <summary>This process's name in the log: host, process id and a random part, so a restarted node is a new node.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    /// <summary>The last sequence this node's snapshot contains; -1 before the first load.</summary>
    public long Position => Interlocked.Read(ref _position);

    /// <summary>Completes when the first snapshot is loaded and <see cref="Position"/> is known.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>Adds the change's row to the context; it is stored by the caller's SaveChanges, in its transaction.</summary>
    public void Append(CmsDbContext db, ContentChange change) =>
        db.ChangeLog.Add(new ChangeLogRecord { UtcStamp = time.GetUtcNow().UtcDateTime, Originated = NodeId, JsonInstruction = Serialize(change) });

    /// <summary>
    /// Loads the whole snapshot and moves the position to the end of the log as it was read before the load: whatever
    /// commits later is applied again from the log, and applying a change twice does no harm.
    /// </summary>
    public async Task ReloadAsync(ContentCommit commit, CancellationToken cancellationToken)
    {
        var mark = await LastSequenceAsync(cancellationToken);
        await commit.ReloadAsync(cancellationToken);
        MoveTo(mark);
        _loaded.TrySetResult();
    }

    /// <summary>Records that the snapshot contains the change with this sequence (and all before it).</summary>
    public void MoveTo(long sequence)
    {
        var current = Interlocked.Read(ref _position);
        while (sequence > current)
        {
            var seen = Interlocked.CompareExchange(ref _position, sequence, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        return await db.ChangeLog.MaxAsync(r => r.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>Up to <paramref name="limit"/> rows after <paramref name="position"/>, in commit order.</summary>
    public async Task<IReadOnlyList<ChangeLogEntry>> ReadAfterAsync(long position, int limit, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var rows = await db.ChangeLog.AsNoTracking()
            .Where(r => r.Sequence > position)
            .OrderBy(r => r.Sequence)
            .Take(limit)
            .Select(r => new { r.Sequence, r.Originated, r.JsonInstruction })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ChangeLogEntry(r.Sequence!.Value, r.Originated, Deserialize(r.JsonInstruction))).ToList();
    }

    /// <summary>The highest sequence deleted by pruning; a node whose position is below it has missed changes.</summary>
    public async Task<long> PrunedThroughAsync(CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        var value = await db.KeyValues.AsNoTracking().Where(k => k.Key == PrunedThroughKey).Select(k => k.Value).FirstOrDefaultAsync(cancellationToken);
        return long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var pruned) ? pruned : 0;
    }

    public static string Serialize(ContentChange change) =>
        JsonSerializer.Serialize(new Instruction(change.Kind.ToString(), change.Keys, change.Cultures), InstructionJson);

    /// <summary>The change a row describes, or null for a kind this build does not know (written by a newer node).</summary>
    public static ContentChange? Deserialize(string json)
    {
        var instruction = JsonSerializer.Deserialize<Instruction>(json, InstructionJson);
        return instruction is not null && Enum.TryParse<ContentChangeKind>(instruction.Kind, out var kind) && Enum.IsDefined(kind)
            ? new ContentChange(kind, instruction.Keys ?? []) { Cultures = instruction.Cultures ?? [] }
            : null;
    }

    private static readonly JsonSerializerOptions InstructionJson = new(JsonSerializerDefaults.Web);

    private sealed record Instruction(string Kind, IReadOnlyList<Guid>? Keys, IReadOnlyList<string>? Cultures);
}
