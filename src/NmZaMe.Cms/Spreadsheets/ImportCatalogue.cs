using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>
/// Carries out a previewed import (<see cref="PlanImport"/>) in one database transaction: every created or changed row
/// goes through the editor's own use case, <see cref="SaveContent"/> (drafts), or <see cref="RequestApproval"/> for an
/// importer who may not publish, with an "Import" line in the audit. The first row that fails rolls everything back:
/// a catalogue half imported would be worse than none.
/// </summary>
public sealed class ImportCatalogue(CmsDbContext db, SaveContent save, RequestApproval approval, ContentCommit? commit = null)
{
    public const string AuditAction = "Import";

    /// <summary><paramref name="Source"/> names the file in the audit (its name and the batch).</summary>
    public sealed record Command(ImportPlan Plan, bool SendForApproval, string UserName, string Source);

    /// <summary>The row that failed and its errors as the use case gave them (keyed by property alias, as in the editor).</summary>
    public sealed record Failure(int Row, IReadOnlyDictionary<string, CmsError> Errors);

    public sealed record Result(bool Succeeded, int Created, int Changed, Failure? Failed);

    public async Task<Result> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        if (command.Plan.HasErrors)
        {
            return new Result(false, 0, 0, null);
        }

        var rows = command.Plan.Rows.Where(r => r.Command is not null).ToList();
        var now = DateTime.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            ContentResult result;
            try
            {
                result = command.SendForApproval
                    ? await approval.ExecuteAsync(row.Command!, row.Cultures, cancellationToken)
                    : await save.ExecuteAsync(row.Command!, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException)
            {
                // Someone else's save meanwhile can surface as a database error inside the transaction (PostgreSQL
                // aborts the transaction, so the use case cannot even read the current version).
                result = ContentResult.Conflict(row.Command!.Key, 0);
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new Result(false, 0, 0, new Failure(row.Number, result.Errors));
            }

            ContentAudit.Add(db, row.Command!.Key, AuditAction, command.UserName, now, detail: $"{command.Source} #{row.Number}");
        }

        // The whole file is one change: the back office's index (and other nodes) follow once it has committed.
        async Task SaveAsync(CancellationToken ct)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (commit is null)
        {
            await SaveAsync(cancellationToken);
        }
        else
        {
            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Saved, [.. rows.Select(r => r.Command!.Key)]), SaveAsync, cancellationToken);
        }

        return new Result(true, rows.Count(r => r.Action == ImportAction.Create), rows.Count(r => r.Action == ImportAction.Change), null);
    }
}
