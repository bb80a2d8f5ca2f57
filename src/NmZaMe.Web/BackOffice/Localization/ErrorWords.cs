using System.Collections.Frozen;
using NmZaMe.Web.BackOffice.Content;
using NmZaMe.Web.BackOffice.Media;

namespace NmZaMe.Web.BackOffice.Localization;

/// <summary>
/// Every feature's table of the engine's error codes (code → Slovenian words), together, for
/// <see cref="BackOfficeText"/>. A feature adds its table here once; the words stay in the feature's folder.
/// </summary>
public static class ErrorWords
{
    public static FrozenDictionary<string, string> Slovenian { get; } = new[]
        {
            ContentErrors.Slovenian, EditorErrors.Slovenian, MediaErrors.Slovenian, Insights.IndexModel.LexiconErrors,
        }
        .SelectMany(t => t)
        .ToFrozenDictionary(StringComparer.Ordinal);
}
