using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.CallBacks;

/// <summary>
/// A citizen's "Pokličite me": validates the request, seals its personal part, counts it for the insights page and
/// queues a notification without personal content to everyone who holds <see cref="Permissions.OfficeRequests"/>,
/// all in one transaction. The host checks the form's defences (token, honeypot, rate) before this runs.
/// </summary>
public sealed partial class SubmitCallBack(ICmsDbContextFactory dbFactory, CallBackSealer sealer, MailOutbox outbox, TimeProvider time)
{
    public const int NoteMaxLength = 500;
    public const int ShortMaxLength = 100;

    public static class Errors
    {
        public const string ContactMissing = "contact.missing";
        public const string ContactInvalid = "contact.invalid";
        public const string FirstNameTooLong = "firstName.tooLong";
        public const string ReachableTooLong = "reachable.tooLong";
        public const string LanguageUnknown = "language.unknown";
        public const string NoteTooLong = "note.tooLong";
        public const string ConsentMissing = "consent.missing";
    }

    /// <param name="Languages">The languages offered on the form (sl, en and the office's).</param>
    public sealed record Command(
        string? Contact, string? FirstName, string? Reachable, string? Language, string? Note, bool Consent,
        Guid? LifeChallenge, Guid? Service, IReadOnlyCollection<string> Languages);

    public sealed record Error(string Field, string Code);

    public sealed record Result(Guid? Key, IReadOnlyList<Error> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>The fields' errors in form order (contact, first name, reachable, language, note, consent).</summary>
    public static IReadOnlyList<Error> Validate(Command command)
    {
        var errors = new List<Error>();
        var contact = command.Contact?.Trim() ?? string.Empty;
        if (contact.Length == 0)
        {
            errors.Add(new("contact", Errors.ContactMissing));
        }
        else if (!IsEmail(contact) && !IsPhone(contact))
        {
            errors.Add(new("contact", Errors.ContactInvalid));
        }

        if ((command.FirstName?.Trim().Length ?? 0) > ShortMaxLength)
        {
            errors.Add(new("firstName", Errors.FirstNameTooLong));
        }

        if ((command.Reachable?.Trim().Length ?? 0) > ShortMaxLength)
        {
            errors.Add(new("reachable", Errors.ReachableTooLong));
        }

        if (command.Language is not { } language || !command.Languages.Contains(language))
        {
            errors.Add(new("language", Errors.LanguageUnknown));
        }

        // Line breaks count as one character, as the browser's maxlength counts them.
        if ((command.Note?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Length ?? 0) > NoteMaxLength)
        {
            errors.Add(new("note", Errors.NoteTooLong));
        }

        if (!command.Consent)
        {
            errors.Add(new("consent", Errors.ConsentMissing));
        }

        return errors;
    }

    public static bool IsEmail(string value) => value.Length <= 254 && EmailPattern().IsMatch(value);

    /// <summary>A phone number as people write it: digits with spaces, +, -, /, dots or brackets; 6 to 15 digits.</summary>
    public static bool IsPhone(string value) =>
        PhonePattern().IsMatch(value) && value.Count(char.IsAsciiDigit) is >= 6 and <= 15;

    public async Task<Result> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        var errors = Validate(command);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var key = Guid.NewGuid();
        var contact = new CallBackContact(command.Contact!.Trim(), Blank(command.FirstName), Blank(command.Reachable), Blank(command.Note?.Replace("\r\n", "\n", StringComparison.Ordinal)));
        await using var db = dbFactory.Create();
        db.CallBacks.Add(new CallBackRecord
        {
            Key = key,
            ArrivedAt = now,
            Status = CallBackStatus.New,
            StatusChangedAt = now,
            Language = command.Language!,
            LifeChallenge = command.LifeChallenge,
            Service = command.Service,
            Sealed = sealer.Seal(key, contact),
        });
        db.CallBackTally.Add(new CallBackTallyRecord { Month = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc), LifeChallenge = command.LifeChallenge });

        var waiting = await db.CallBacks.CountAsync(c => c.Status == CallBackStatus.New, cancellationToken) + 1;
        foreach (var to in await MailRecipients.WithPermissionAsync(db, Permissions.OfficeRequests, cancellationToken))
        {
            outbox.Enqueue(db, to, new CallBackArrivedMail(waiting));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Result(key, []);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>"".]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()./-]+$")]
    private static partial Regex PhonePattern();
}
