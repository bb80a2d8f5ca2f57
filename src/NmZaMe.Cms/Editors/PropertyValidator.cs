using System.Text.RegularExpressions;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Editors;

/// <summary>Mandatory and regular-expression checks from the document type, then the editor's own rules, with Umbraco-style messages.</summary>
public static class PropertyValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static EditorResult Validate(PropertyType property, string? raw, EditorContext context)
    {
        var dataType = context.Schema.DataTypes.GetValueOrDefault(property.DataTypeKey);
        if (dataType is null)
        {
            return EditorResult.Fail($"Lastnost »{property.Name}« nima podatkovnega tipa.");
        }

        var editor = context.Schema.Editors.Get(property.EditorAlias);
        var result = editor.Normalise(raw, dataType, context);
        if (!result.IsValid)
        {
            return result;
        }

        if (property.Mandatory && IsEmpty(result.Value))
        {
            return EditorResult.Fail(string.IsNullOrWhiteSpace(property.MandatoryMessage) ? "Vrednost je obvezna." : property.MandatoryMessage);
        }

        if (!string.IsNullOrEmpty(property.ValidationRegex) && !IsEmpty(result.Value))
        {
            bool matches;
            try
            {
                matches = Regex.IsMatch(result.Value!, property.ValidationRegex, RegexOptions.None, RegexTimeout);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches)
            {
                return EditorResult.Fail(string.IsNullOrWhiteSpace(property.ValidationRegexMessage) ? "Vrednost ni v pravi obliki." : property.ValidationRegexMessage);
            }
        }

        return result;
    }

    private static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value) || value is "[]" or "{}";
}
