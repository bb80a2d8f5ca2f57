namespace NmZaMe.Cms.Persistence;

/// <summary>
/// A review reminder that was put in the outbox (<c>nmzameReviewReminder</c>): one row per entry, stage and review
/// cycle. The cycle is the due date the reminder was about, so confirming or re-checking an entry (a new due date)
/// starts a new cycle that reminds again; rows of an old cycle are deleted by the next pass.
/// </summary>
public sealed class ReviewReminderRecord
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    public ReviewReminderStage Stage { get; set; }

    /// <summary>When the review falls due; <see cref="NeverReviewed"/> for an entry that was never checked.</summary>
    public DateTime DueAt { get; set; }

    public DateTime SentAt { get; set; }

    /// <summary>The due date of an entry never checked, which is due at once (a stand-in that every provider stores).</summary>
    public static readonly DateTime NeverReviewed = DateTime.UnixEpoch;
}

/// <summary>The three moments an entry's editors are told about its review: 30 days before, 7 days before, overdue.</summary>
public enum ReviewReminderStage
{
    Within30Days = 30,
    Within7Days = 7,
    Overdue = 0,
}
