using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Mail;

/// <summary>
/// Puts mail in the outbox: renders it in the recipient's language and adds the row to the caller's
/// <see cref="CmsDbContext"/>, so it is saved by the caller's <c>SaveChanges</c>, in the caller's transaction. Nothing
/// is sent here: <see cref="OutboxSender"/> sends after the commit, in the background, on one node.
/// </summary>
public sealed class MailOutbox(IMailTemplates templates, TimeProvider time)
{
    public OutboxMessageRecord Enqueue(CmsDbContext db, MailRecipient to, MailModel model)
    {
        var mail = templates.Render(to, model);
        var now = time.GetUtcNow().UtcDateTime;
        var record = new OutboxMessageRecord
        {
            Key = Guid.NewGuid(),
            To = to.Address.Trim(),
            ToName = string.IsNullOrWhiteSpace(to.Name) ? null : to.Name.Trim(),
            Language = to.Culture,
            Template = model.Template,
            Subject = mail.Subject.Length <= 500 ? mail.Subject : mail.Subject[..500],
            TextBody = mail.Text,
            HtmlBody = mail.Html,
            Status = OutboxStatus.Queued,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.MailOutbox.Add(record);
        return record;
    }
}
