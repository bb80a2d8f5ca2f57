using System.Globalization;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.BackOffice.Scheduling;

/// <summary>Schedule times as editors enter and read them: Novo mesto local time, stored in UTC.</summary>
public static class LocalTime
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "d. M. yyyy H:mm", "d.M.yyyy H:mm"];

    /// <summary>The UTC time, or the Slovenian error text (for the localizer) when the text is no time or a time skipped by the clock change.</summary>
    public static (DateTime? Utc, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, "Vnesite datum in čas, na primer 2026-12-24T08:00.");
        }

        if (NovoMestoClock.Zone.IsInvalidTime(local))
        {
            return (null, "Tega časa zaradi premika ure ni.");
        }

        return (TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), NovoMestoClock.Zone), null);
    }

    public static string Show(DateTime utc, CultureInfo culture) =>
        NovoMestoClock.ToLocal(utc).ToString(culture.Name.StartsWith("en", StringComparison.Ordinal) ? "d MMM yyyy HH:mm" : "d. M. yyyy HH:mm", culture);
}
