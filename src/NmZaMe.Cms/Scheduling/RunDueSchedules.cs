using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Scheduling;

/// <summary>What happened to one due entry.</summary>
public sealed record ScheduleRun(long Id, Guid NodeKey, string Culture, ScheduleAction Action, bool Succeeded, string? Error);

/// <summary>
/// Runs every entry due at a given time through the ordinary publish and unpublish use cases, as the user "scheduler",
/// oldest first. Each entry gets its own unit of work: a failing one is audited with its errors and removed, and the
/// rest still run. The background job calls this on a timer; tests call it with a time of their choosing.
/// </summary>
public sealed class RunDueSchedules(ICmsDbContextFactory dbFactory, ISnapshotSource snapshots, ContentCommit commit, ILogger<RunDueSchedules> logger)
{
    public const string UserName = "scheduler";

    // The timer and a caller (a test, a second trigger) must not run the same entry twice.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IReadOnlyList<ScheduleRun>> RunAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            List<(long Id, Guid Key, string Culture, ScheduleAction Action, DateTime Date)> due;
            await using (var db = dbFactory.Create())
            {
                due = (await (
                    from s in db.ContentSchedules.AsNoTracking()
                    join n in db.Nodes.AsNoTracking() on s.NodeId equals n.Id
                    where s.Date <= nowUtc
                    orderby s.Date, s.Id
                    select new { s.Id, n.Key, s.Culture, s.Action, s.Date }).ToListAsync(cancellationToken))
                    .Select(r => (r.Id, r.Key, r.Culture, r.Action, r.Date)).ToList();
            }

            var runs = new List<ScheduleRun>(due.Count);
            foreach (var entry in due)
            {
                runs.Add(await RunOneAsync(entry.Id, entry.Key, entry.Culture, entry.Action, entry.Date, nowUtc, cancellationToken));
            }

            return runs;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ScheduleRun> RunOneAsync(long id, Guid key, string culture, ScheduleAction action, DateTime dueUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        string? error;
        try
        {
            await using var db = dbFactory.Create();
            var schema = snapshots.Current.Schema;
            var result = action == ScheduleAction.Publish
                ? await new PublishContent(db, schema, commit).ExecuteAsync(key, culture.Length == 0 ? [] : [culture], UserName, cancellationToken)
                : await new UnpublishContent(db, schema, commit).ExecuteAsync(key, culture.Length == 0 ? null : culture, mayPublish: true, UserName, cancellationToken);
            error = result.Outcome switch
            {
                ContentOutcome.Ok => null,
                ContentOutcome.NotFound => ContentCodes.NotFoundOrTrashed,
                _ => string.Join("; ", result.Errors.Select(e => e.Key.Length == 0 ? e.Value.ToString() : $"{e.Key}: {e.Value}")),
            };
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or FormatException or System.Text.Json.JsonException)
        {
            logger.LogError(e, "Scheduled {Action} of {Key} ({Culture}) failed", action, key, culture);
            error = e.Message;
        }

        await using (var db = dbFactory.Create())
        {
            await db.ContentSchedules.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
            db.AuditEntries.Add(new AuditEntryRecord
            {
                NodeKey = key, Date = nowUtc, UserName = UserName, Culture = culture.Length == 0 ? null : culture,
                Action = error is not null ? "ScheduleFailed" : action == ScheduleAction.Publish ? "ScheduledPublish" : "ScheduledUnpublish",
                Detail = error is null ? ScheduleContent.Describe(action, dueUtc) : Truncate(ScheduleContent.Describe(action, dueUtc) + ": " + error),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        if (error is not null)
        {
            logger.LogWarning("Scheduled {Action} of {Key} ({Culture}) was refused: {Error}", action, key, culture, error);
        }

        return new ScheduleRun(id, key, culture, action, error is null, error);
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..1999] + "…";
}
