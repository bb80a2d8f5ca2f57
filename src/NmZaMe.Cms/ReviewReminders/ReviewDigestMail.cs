using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.ReviewReminders;

/// <summary>One entry in a digest: its name in the recipient's language, the stage it reached and when it is due (null: never checked).</summary>
public sealed record ReviewDigestEntry(Guid Key, string Name, ReviewReminderStage Stage, DateTime? DueAt);

/// <summary>
/// To an organisation's editors (or the office, for entries no organisation editor keeps): the entries whose review
/// is due in 30 days, in 7 days or overdue, all in one mail. <paramref name="ToOffice"/> words it for the office.
/// </summary>
public sealed record ReviewDigestMail(IReadOnlyList<ReviewDigestEntry> Entries, bool ToOffice) : MailModel
{
    /// <summary>Where the recipient sees their entries and confirms them.</summary>
    public const string Path = "/umbraco/my-entries";
}
