using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Corrections;

/// <summary>
/// Accept (someone is changing the entry), reject with a reason, or mark done; each written to the item's history.
/// Rejecting or marking done resolves the suggestion: a citizen who left an address gets one short reply through the
/// outbox and the address is deleted in the same transaction.
/// </summary>
public sealed class HandleCorrection(ICmsDbContextFactory dbFactory, MailOutbox outbox, TimeProvider time)
{
    public enum Action
    {
        Accept,
        Reject,
        Done,
    }

    public static class Errors
    {
        public const string NotFound = "correction.notFound";
        public const string Closed = "correction.closed";
        public const string ReasonMissing = "reason.missing";
        public const string ReasonTooLong = "reason.tooLong";
    }

    /// <summary>Null when done, else the error's code. The caller has checked the suggestion is within the user's start nodes.</summary>
    public async Task<string?> ExecuteAsync(Guid key, Action action, string? reason, string userName, CancellationToken cancellationToken)
    {
        reason = reason?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (action == Action.Reject && string.IsNullOrEmpty(reason))
        {
            return Errors.ReasonMissing;
        }

        if (reason?.Length > SubmitCorrection.TextMaxLength)
        {
            return Errors.ReasonTooLong;
        }

        await using var db = dbFactory.Create();
        var correction = await db.Corrections.FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (correction is null)
        {
            return Errors.NotFound;
        }

        // Rejected and done are final: the reply has gone and the address with it.
        if (correction.Status is CorrectionStatus.Rejected or CorrectionStatus.Done || (action == Action.Accept && correction.Status == CorrectionStatus.Accepted))
        {
            return Errors.Closed;
        }

        var now = time.GetUtcNow().UtcDateTime;
        correction.Status = action switch { Action.Accept => CorrectionStatus.Accepted, Action.Reject => CorrectionStatus.Rejected, _ => CorrectionStatus.Done };
        correction.HandledBy = userName;
        correction.HandledAt = now;
        if (action == Action.Reject)
        {
            correction.Reason = reason;
        }

        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = correction.ItemKey,
            Date = now,
            UserName = userName,
            Action = "Correction" + action,
            Detail = action == Action.Reject ? reason : null,
        });

        if (action != Action.Accept && correction.Email is { } email)
        {
            var culture = correction.Language == "en" ? "en-US" : "sl-SI";
            var item = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == correction.ItemKey, cancellationToken);
            var name = item is null ? string.Empty : MailRecipients.ItemName(item, culture);
            outbox.Enqueue(db, new MailRecipient(email, null, culture), new CorrectionAnsweredMail(name, action == Action.Done, correction.Reason));
            correction.Email = null;
            correction.RepliedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
