namespace NmZaMe.Web.Site.Hours;

/// <summary>Local time in Novo mesto, where the opening hours are; the server may run in UTC.</summary>
public sealed class NovoMestoClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public DateTime Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime;

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: Central European Time with its EU summer-time rule.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET", "CEST", [rule]);
        }
    }
}
