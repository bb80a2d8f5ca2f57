using System.Globalization;

namespace NmZaMe.Cms.Hsds;

/// <summary>
/// The codes HSDS wants for the catalogue's stored values (which are Slovenian words): service status, ISO 639
/// language codes, RFC 5545 week days and "HH:MM" times. Codes only; the host gives the words.
/// </summary>
public static class HsdsCodes
{
    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["aktivna"] = "active",
        ["začasno zaprta"] = "temporarily closed",
        ["neaktivna"] = "inactive",
    };

    /// <summary>ISO 639-1 where there is one (Romani has only ISO 639-2/3 "rom"); Slovenian Sign Language has no ISO 639 code.</summary>
    private static readonly Dictionary<string, string> LanguageCodes = new()
    {
        ["slovenščina"] = "sl",
        ["angleščina"] = "en",
        ["hrvaščina"] = "hr",
        ["srbščina"] = "sr",
        ["bosanščina"] = "bs",
        ["albanščina"] = "sq",
        ["makedonščina"] = "mk",
        ["romščina"] = "rom",
        ["ukrajinščina"] = "uk",
        ["ruščina"] = "ru",
        ["nemščina"] = "de",
    };

    /// <summary>The stored day values in week order, Monday first, as the Days data type lists them.</summary>
    private static readonly string[] WeekDays = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"];

    private static readonly string[] RuleDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>The stored cost value that is a price of zero.</summary>
    public const string FreeOfCharge = "brezplačno";

    /// <summary>The stored kind of opening hours that has no times.</summary>
    public const string ByAppointment = "po dogovoru";

    /// <summary>HSDS's status; a service without one is active, as the site treats it.</summary>
    public static string Status(string? stored) => stored is not null && Statuses.TryGetValue(stored, out var status) ? status : "active";

    public static string? LanguageCode(string stored) => LanguageCodes.GetValueOrDefault(stored);

    /// <summary>RFC 5545 BYDAY in week order ("MO,TU,WE"), whatever order the days were stored in; null when none is known.</summary>
    public static string? ByDay(IEnumerable<string> days)
    {
        var set = days.ToHashSet(StringComparer.Ordinal);
        var rule = string.Join(',', RuleDays.Where((_, i) => set.Contains(WeekDays[i])));
        return rule.Length == 0 ? null : rule;
    }

    /// <summary>
    /// "HH:MM" from what editors type ("8:00", "08.00"); the end of the day ("24:00") is "23:59", as HSDS's field
    /// guidance writes round-the-clock service; null when it is not a time.
    /// </summary>
    public static string? Time(string? text)
    {
        var value = text?.Trim().Replace('.', ':');
        if (value is "24:00")
        {
            return "23:59";
        }

        return TimeOnly.TryParseExact(value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;
    }
}
