using System.Globalization;
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
}
