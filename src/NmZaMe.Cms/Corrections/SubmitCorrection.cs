using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Corrections;

/// <summary>
/// A citizen's "Predlagaj popravek": validates it, stores it against the item and its organisation and queues a mail
/// to that organisation's editors (the office when the organisation has none), in one transaction. The host checks
/// the form's defences (token, honeypot, rate) before this runs.
/// </summary>
public sealed class SubmitCorrection(ICmsDbContextFactory dbFactory, MailOutbox outbox, TimeProvider time)
{
    public const int TextMaxLength = 1000;

    public static class Errors
    {
        public const string TextMissing = "text.missing";
        public const string TextTooLong = "text.tooLong";
        public const string EmailInvalid = "email.invalid";
        public const string ConsentMissing = "consent.missing";
        public const string ItemUnknown = "item.unknown";
    }

    /// <param name="Language">The language of the page (sl or en); the reply is written in it.</param>
    public sealed record Command(Guid Item, string? Text, string? Email, bool Consent, string Language);

    public sealed record Error(string Field, string Code);

    public sealed record Result(Guid? Key, IReadOnlyList<Error> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>The fields' errors in form order (text, e-mail, consent). Consent is asked only when an address is given.</summary>
    public static IReadOnlyList<Error> Validate(Command command)
    {
        var errors = new List<Error>();
        var text = Normalise(command.Text);
        if (text.Length == 0)
        {
            errors.Add(new("text", Errors.TextMissing));
        }
        else if (text.Length > TextMaxLength)
        {
            errors.Add(new("text", Errors.TextTooLong));
        }

        var email = command.Email?.Trim() ?? string.Empty;
        if (email.Length > 0 && !SubmitCallBack.IsEmail(email))
        {
            errors.Add(new("email", Errors.EmailInvalid));
        }

        if (email.Length > 0 && !command.Consent)
        {
            errors.Add(new("consent", Errors.ConsentMissing));
        }

        return errors;
    }

    public async Task<Result> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        var errors = Validate(command);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        await using var db = dbFactory.Create();
        var item = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(
            n => n.Key == command.Item && n.Kind == ContentKind.Document && !n.Trashed && n.PublishedData != null
                && (n.ContentTypeAlias == "service" || n.ContentTypeAlias == "organisation"),
            cancellationToken);
        if (item is null)
        {
            return new Result(null, [new("item", Errors.ItemUnknown)]);
        }

        var organisation = item.ContentTypeAlias == "organisation" ? item
            : item.ParentId is { } parent ? await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == parent && n.ContentTypeAlias == "organisation", cancellationToken)
            : null;
        var now = time.GetUtcNow().UtcDateTime;
        var key = Guid.NewGuid();
        var email = command.Email?.Trim();
        db.Corrections.Add(new CorrectionRecord
        {
            Key = key,
            ArrivedAt = now,
            ItemKey = item.Key,
            OrganisationKey = organisation?.Key,
            Text = Normalise(command.Text),
            Email = string.IsNullOrEmpty(email) ? null : email,
            Language = command.Language == "en" ? "en" : "sl",
            Status = CorrectionStatus.New,
        });

        var open = await db.Corrections.CountAsync(c => c.ItemKey == item.Key && (c.Status == CorrectionStatus.New || c.Status == CorrectionStatus.Accepted), cancellationToken) + 1;
        foreach (var to in await RecipientsAsync(db, item, cancellationToken))
        {
            outbox.Enqueue(db, to, new CorrectionSuggestedMail(key, MailRecipients.ItemName(item, to.Culture), open));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Result(key, []);
    }

    /// <summary>Those who handle corrections within the organisation's part of the tree; the office (the whole tree) when nobody does.</summary>
    public static async Task<List<MailRecipient>> RecipientsAsync(CmsDbContext db, NodeRecord item, CancellationToken cancellationToken)
    {
        var handlers = await MailRecipients.WithPermissionOverAsync(db, item, Permissions.CorrectionsHandle, cancellationToken);
        var own = handlers.Where(h => h.Scoped).Select(h => h.To).ToList();
        return own.Count > 0 ? own : handlers.Select(h => h.To).ToList();
    }

    /// <summary>Trimmed, with line breaks counted as one character, as the browser's maxlength counts them.</summary>
    private static string Normalise(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ?? string.Empty;
}
