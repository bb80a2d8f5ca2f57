using System.Globalization;
using NmZaMe.Cms.Text;
using NmZaMe.Web.Site.Hours;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice.Localization;

/// <summary>
/// The back office's words in the signed-in user's language: <c>T["Shrani"]</c> in views and page models, with
/// <c>{0}</c> placeholders for <c>T["Izbrisano: {0}", name]</c>. The language is the user's <c>Culture</c>,
/// carried in a claim so no request reads the database for it.
/// </summary>
public sealed class BackOfficeText(IHttpContextAccessor accessor, BackOfficeDictionary dictionary)
{
    public const string CultureClaim = "nmzame:culture";

    public static readonly IReadOnlyList<(string Culture, string Name)> Cultures = [("sl-SI", "Slovenščina"), ("en-US", "English")];

    /// <summary>
    /// A page for someone not signed in may set the language for its request here (the invitation page speaks the
    /// invited person's language); it wins over the claim.
    /// </summary>
    public const string CultureItem = "nmzame:culture";

    public bool IsEnglish => (accessor.HttpContext?.Items[CultureItem] as string ?? accessor.HttpContext?.User.FindFirst(CultureClaim)?.Value)
        ?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The value for <c>&lt;html lang&gt;</c>.</summary>
    public string Lang => IsEnglish ? "en" : "sl";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(IsEnglish ? "en-GB" : "sl-SI");

    public string this[string slovenian] => IsEnglish && dictionary.English.TryGetValue(slovenian, out var english) ? english : slovenian;

    public string this[string slovenian, params object?[] args] => string.Format(Culture, this[slovenian], args);

    /// <summary>
    /// A moment (stored in UTC) as the office's clock showed it, Europe/Ljubljana, whatever the server's zone: one
    /// format for every page and both languages ("4. 12. 2026 14:23", "4 Dec 2026 14:23").
    /// </summary>
    public string Time(DateTime utc) => NovoMestoClock.ToLocal(utc).ToString(TimeFormat, Culture);

    /// <summary>The day of a moment (stored in UTC) in Ljubljana.</summary>
    public string Day(DateTime utc) => NovoMestoClock.ToLocal(utc).ToString(DayFormat, Culture);

    /// <summary>A calendar value (a date property: no zone to change) in the same formats, its time only when it has one.</summary>
    public string Calendar(DateTime value) => value.ToString(value.TimeOfDay == TimeSpan.Zero ? DayFormat : TimeFormat, Culture);

    private string TimeFormat => IsEnglish ? "d MMM yyyy HH:mm" : "d. M. yyyy HH:mm";

    private string DayFormat => IsEnglish ? "d MMM yyyy" : "d. M. yyyy";

    /// <summary>An error of the engine in the user's language: its code's words (<see cref="ErrorWords"/>) with its arguments.</summary>
    public string this[CmsError error] => error.Code == CmsError.SchemaMessage
        ? string.Concat(error.Args.Select(Argument))
        : this[ErrorWords.Slovenian.GetValueOrDefault(error.Code, error.Code), [.. error.Args.Select(Argument)]];

    private object? Argument(object? argument) => argument switch
    {
        CmsError inner => this[inner],
        SchemaText schema => this[schema.Text],
        _ => argument,
    };
}
