using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>An editor turns a requested change down, with a note: the site stays as it is, the request is removed and the author gets a mail.</summary>
public sealed class RejectContentRequest(CmsDbContext db, MailOutbox outbox)
{
    public async Task<ContentResult> ExecuteAsync(long id, string? note, string userName, CancellationToken cancellationToken = default)
    {
        if (await db.ContentRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } request)
        {
            return ContentResult.NotFound(Guid.Empty);
        }

        var trimmed = note?.Trim() ?? string.Empty;
        if (trimmed.Length > 2000)
        {
            return ContentResult.Invalid(request.NodeKey, new Dictionary<string, CmsError> { ["note"] = new(ContentCodes.NoteTooLong, 2000) });
        }

        if (await MailRecipients.UserAsync(db, request.RequestedBy, cancellationToken) is { } author && request.RequestedBy != userName)
        {
            var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == request.NodeKey, cancellationToken);
            var rejectedBy = await MailRecipients.DisplayNameAsync(db, userName, cancellationToken);
            var name = node is null ? string.Empty : MailRecipients.ItemName(node, author.Culture);
            outbox.Enqueue(db, author, new ContentRequestRejectedMail(request.NodeKey, name, rejectedBy, request.Kind, trimmed.Length == 0 ? null : trimmed));
        }

        db.ContentRequests.Remove(request);
        ContentAudit.Add(db, request.NodeKey, "RejectRequest", userName, DateTime.UtcNow, detail: trimmed.Length == 0 ? request.Kind.ToString() : $"{request.Kind}: {trimmed}");
        await db.SaveChangesAsync(cancellationToken);
        return ContentResult.Ok(request.NodeKey, 0);
    }
}
