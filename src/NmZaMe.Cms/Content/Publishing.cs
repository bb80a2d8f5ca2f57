using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>The rules of publishing a culture: what is checked, what is copied from the draft, how URL segments are chosen.</summary>
public static class Publishing
{
    /// <summary>Field errors that stop <paramref name="cultures"/> of the draft from being published, keyed by property alias (or "name").</summary>
    public static Dictionary<string, CmsError> Validate(ContentSchema schema, ContentType type, ContentData draft, IEnumerable<string> cultures)
    {
        var errors = new Dictionary<string, CmsError>(StringComparer.Ordinal);
        var context = new EditorContext(schema);
        foreach (var culture in CulturesOf(type, cultures))
        {
            if (!draft.Names.TryGetValue(culture, out var name) || string.IsNullOrWhiteSpace(name))
            {
                errors[Key("name", culture)] = new CmsError(ContentCodes.NameRequired);
            }

            // Values inside an invariant value (variant block elements) are checked for the culture being published.
            var publishing = context with { OwnerVariesByCulture = type.VariesByCulture, PublishingCultures = [culture] };
            foreach (var property in schema.PropertiesOf(type))
            {
                var valueCulture = ValueCulture(type, property, culture);
                var result = PropertyValidator.Validate(property, draft.Value(property.Alias, valueCulture), publishing);
                if (!result.IsValid)
                {
                    errors[Key(property.Alias, valueCulture)] = result.Error!;
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// The new published data after publishing <paramref name="cultures"/>: their names and culture values come from
    /// the draft, invariant values always do, other cultures stay as they were published. An invariant value that holds
    /// culture values of its own (a block list of variant elements) takes only the published cultures' part.
    /// </summary>
    public static ContentData Publish(ContentSchema schema, ContentType type, ContentData draft, ContentData? published, IEnumerable<string> cultures,
        Func<string, IReadOnlySet<string>> siblingSegments, DateTime now)
    {
        var result = published?.Clone() ?? new ContentData();
        foreach (var culture in CulturesOf(type, cultures))
        {
            var name = draft.Names[culture];
            result.Names[culture] = name;
            result.Dates[culture] = now;
            var segment = UrlSegment.From(name);
            result.Segments[culture] = result.Segments.TryGetValue(culture, out var current) && UrlSegment.From(StripSuffix(current)) == segment && !siblingSegments(culture).Contains(current)
                ? current
                : UrlSegment.Unique(segment, siblingSegments(culture));
            foreach (var property in schema.PropertiesOf(type).Where(p => p.VariesByCulture && type.VariesByCulture))
            {
                result.SetValue(property.Alias, culture, draft.Value(property.Alias, culture));
            }
        }

        var context = new EditorContext(schema);
        foreach (var property in schema.PropertiesOf(type).Where(p => !(p.VariesByCulture && type.VariesByCulture)))
        {
            var edited = draft.Value(property.Alias, string.Empty);
            var editor = schema.EditorOf(property);
            if (type.VariesByCulture && editor.CanMergePartialValues(property))
            {
                // As Umbraco's ContentRepositoryExtensions.PublishCulture: each published culture's part, then the invariant part.
                var merged = published?.Value(property.Alias, string.Empty);
                foreach (var culture in CulturesOf(type, cultures))
                {
                    merged = editor.MergePartialValueForCulture(edited, merged, culture, context);
                }

                edited = editor.MergePartialValueForCulture(edited, merged, null, context);
            }

            result.SetValue(property.Alias, string.Empty, edited);
        }

        return result;
    }

    /// <summary>The published data without <paramref name="culture"/>, or null when nothing stays published.</summary>
    public static ContentData? Unpublish(ContentType type, ContentData published, string? culture)
    {
        if (!type.VariesByCulture || culture is null)
        {
            return null;
        }

        var result = published.Clone();
        result.Names.Remove(culture);
        result.Segments.Remove(culture);
        result.Dates.Remove(culture);
        foreach (var values in result.Values.Values)
        {
            values.Remove(culture);
        }

        return result.Names.Count == 0 ? null : result;
    }

    /// <summary>The culture a property's value is stored under: its own culture only when both type and property vary.</summary>
    public static string ValueCulture(ContentType type, PropertyType property, string culture) =>
        type.VariesByCulture && property.VariesByCulture ? culture : string.Empty;

    public static IEnumerable<string> CulturesOf(ContentType type, IEnumerable<string> cultures) =>
        type.VariesByCulture ? cultures.Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase) : [string.Empty];

    private static string Key(string alias, string culture) => culture.Length == 0 ? alias : $"{alias}[{culture}]";

    private static string StripSuffix(string segment)
    {
        var dash = segment.LastIndexOf('-');
        return dash > 0 && segment[(dash + 1)..].All(char.IsAsciiDigit) ? segment[..dash] : segment;
    }
}
