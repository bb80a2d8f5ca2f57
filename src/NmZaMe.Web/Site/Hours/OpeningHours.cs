using System.Globalization;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.Hours;

/// <summary>
/// One openingHours block: a kind (office hours, business hours, by appointment), days and times. A line open round
/// the clock is a block with all seven days, opens "00:00" and closes "24:00" ("23:59" is taken too, since some
/// editors cannot type 24:00); it counts as open at every moment.
/// </summary>
public sealed record OpeningHours(string Kind, IReadOnlyList<string> Days, TimeOnly? Opens, TimeOnly? Closes, Localized? Note)
{
    public const string ByAppointment = "po dogovoru";

    /// <summary>The stored day values in week order, Monday first, as the Days data type lists them.</summary>
    private static readonly string[] WeekDays = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"];

    public static IReadOnlyList<OpeningHours> From(SiteContext site, PublishedElement element, string alias = "openingHours") =>
        site.Blocks(element, alias).Select(b => Parse(site, b)).ToArray();

    /// <summary>A service's own hours (on its locations); without any, the hours of the organisation that provides it.</summary>
    public static IReadOnlyList<OpeningHours> For(SiteContext site, PublishedContent item)
    {
        if (item.ContentType.Alias == "organisation")
        {
            return From(site, item);
        }

        var own = site.Blocks(item, "locations").SelectMany(l => From(site, l)).ToArray();
        if (own.Length > 0 || item.ParentKey is not { } parentKey || site.Snapshot.Get(parentKey) is not { } provider)
        {
            return own;
        }

        return provider.ContentType.Alias == "organisation" ? From(site, provider) : [];
    }

    public bool IsRoundTheClock =>
        Kind != ByAppointment && Opens == TimeOnly.MinValue && Closes is { } closes && closes >= new TimeOnly(23, 59) && WeekDays.All(Days.Contains);

    /// <summary>Closes at the end of the day ("24:00" or "23:59"), so the last minute is open too.</summary>
    private bool ClosesAtMidnight => Closes is { } closes && closes >= new TimeOnly(23, 59);

    public bool IsOpenAt(DateTime local)
    {
        if (Kind == ByAppointment || Opens is not { } opens || Closes is not { } closes)
        {
            return false;
        }

        var day = WeekDays[((int)local.DayOfWeek + 6) % 7];
        var time = TimeOnly.FromDateTime(local);
        return Days.Contains(day) && time >= opens && (time < closes || ClosesAtMidnight);
    }

    /// <summary>Times the open/closed line can be judged from: days and both times, not "by appointment".</summary>
    public bool HasTimes => Kind != ByAppointment && Days.Count > 0 && Opens is not null && Closes is not null;

    public IEnumerable<string> DaysInWeekOrder => WeekDays.Where(Days.Contains);

    private static OpeningHours Parse(SiteContext site, PublishedElement block) => new(
        SiteContext.First(block, "kind") ?? string.Empty,
        SiteContext.Strings(block, "days"),
        Time(block.Value("opens", string.Empty) as string),
        Closing(block.Value("closes", string.Empty) as string),
        site.BlockText(block, "note"));

    /// <summary>A time as the site shows it; the end of the day is 24:00, not 23:59.</summary>
    public static string Format(TimeOnly time) => time == TimeOnly.MaxValue ? "24:00" : time.ToString("H:mm", CultureInfo.InvariantCulture);

    /// <summary>24:00 closes at the end of the day, so 00:00–24:00 on all seven days is round the clock.</summary>
    private static TimeOnly? Closing(string? text) => text?.Trim() is "24:00" or "24.00" ? TimeOnly.MaxValue : Time(text);

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
