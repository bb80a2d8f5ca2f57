using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

/// <summary>Mandatory and regular-expression checks from the document type, then the editor's own rules, with Umbraco-style messages.</summary>
public static partial class PropertyValidator
{
    // Document types carry editor-written patterns, so a match must not run away. The timeout is wall-clock time:
    // a short one fails valid values on a busy machine (an import rejected a plain phone number under load), so
    // patterns run on the linear-time engine where they can, and the timeout only guards the rest.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static EditorResult Validate(PropertyType property, string? raw, EditorContext context)
    {
        var dataType = context.Schema.DataTypes.GetValueOrDefault(property.DataTypeKey);
        if (dataType is null)
        {
            return EditorResult.Fail(EditorCodes.NoDataType, new SchemaText(property.Name));
        }

        var editor = context.Schema.Editors.Get(property.EditorAlias);
        var result = editor.Normalise(raw, dataType, context);
        if (!result.IsValid)
        {
            return result;
        }

        if (property.Mandatory && IsEmpty(result.Value))
        {
            return string.IsNullOrWhiteSpace(property.MandatoryMessage)
                ? EditorResult.Fail(EditorCodes.Mandatory)
                : EditorResult.Fail(CmsError.SchemaMessage, new SchemaText(property.MandatoryMessage));
        }

        if (!string.IsNullOrEmpty(property.ValidationRegex) && !IsEmpty(result.Value))
        {
            bool matches;
            try
            {
                matches = Pattern(property.ValidationRegex).IsMatch(result.Value!);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches && ClockTime(result.Value!) is { } padded && Pattern(property.ValidationRegex).IsMatch(padded))
            {
                // "8:00" or "8.00" where the pattern wants "08:00" (opening hours, review B16): the same time, written
                // the way the pattern and everything reading the value expect.
                return EditorResult.Ok(padded);
            }

            if (!matches)
            {
                return string.IsNullOrWhiteSpace(property.ValidationRegexMessage)
                    ? EditorResult.Fail(EditorCodes.Pattern)
                    : EditorResult.Fail(CmsError.SchemaMessage, new SchemaText(property.ValidationRegexMessage));
            }
        }

        return result;
    }

    /// <summary>A clock time with a one-digit hour or a dot ("8:00", "8.30", "08.30") as "08:00"; null for anything else.</summary>
    private static string? ClockTime(string value) =>
        ClockTimePattern().Match(value.Trim()) is { Success: true } m ? $"{m.Groups[1].Value.PadLeft(2, '0')}:{m.Groups[2].Value}" : null;

    [GeneratedRegex(@"^([0-9]{1,2})[:.]([0-9]{2})$")]
    private static partial Regex ClockTimePattern();

    private static Regex Pattern(string pattern) => Patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex(p, RegexOptions.NonBacktracking, RegexTimeout);
        }
        catch (NotSupportedException)
        {
            // Backreferences and lookarounds need the backtracking engine.
            return new Regex(p, RegexOptions.None, RegexTimeout);
        }
    });

    private static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value) || value is "[]" or "{}";
}
