using System.Globalization;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Catalogue;

/// <summary>
/// <c>NmZaMe:Review</c>: how often entries are re-verified, in months, per document type alias (<c>Months:service</c>),
/// else <see cref="DefaultMonths"/> (12, as 211 directories re-verify yearly). A crisis line may be set to 6.
/// </summary>
public sealed class ReviewOptions
{
    public const string Section = "NmZaMe:Review";

    public int DefaultMonths { get; set; } = 12;

    public Dictionary<string, int> Months { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where review reminders for entries that no organisation editor keeps go (e.g. <c>pisarna@novomesto.si</c>);
    /// empty: to the members of the office's editors group.
    /// </summary>
    public string? OfficeEmail { get; set; }

    /// <summary>The language of mail to <see cref="OfficeEmail"/>.</summary>
    public string OfficeCulture { get; set; } = "sl-SI";

    /// <summary>How often the reminder job looks for entries due, in minutes; 0 turns the reminders off.</summary>
    public double ReminderCheckMinutes { get; set; } = 60;

    public int MonthsFor(string contentTypeAlias) =>
        Months.TryGetValue(contentTypeAlias, out var months) && months > 0 ? months : Math.Max(1, DefaultMonths);
}

/// <summary>When an entry is next due for review: its last check plus its type's interval; never checked is due now.</summary>
public sealed class ReviewSchedule(ReviewOptions options)
{
    public ReviewOptions Options => options;

    public DateTime? NextReview(DateTime? lastReviewed, string contentTypeAlias) =>
        lastReviewed is { } last ? last.AddMonths(options.MonthsFor(contentTypeAlias)) : null;

    /// <summary>The last check as stored (<c>yyyy-MM-dd HH:mm:ss</c>, UTC) in published or draft data.</summary>
    public static DateTime? LastReviewed(ContentData data) =>
        DateTime.TryParse(data.Value(Review.LastReviewed, string.Empty), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
