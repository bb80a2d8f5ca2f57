using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Scheduling;

public static class LanguageNames
{
    /// <summary>"Slovenian (sl-SI)" as the schema names it, or "all languages" for an invariant entry.</summary>
    public static string Of(ContentSchema schema, string culture, Localization.BackOfficeText T) =>
        culture.Length == 0
            ? T["vsi jeziki"]
            : schema.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase)) is { } language
                ? $"{language.CultureName} ({language.IsoCode})"
                : culture;
}
