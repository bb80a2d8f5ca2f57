using System.Globalization;
using System.Text.Json;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Content;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.ContentHistory;

/// <summary>An old version beside the current draft, one table per culture plus one for the values all cultures share.</summary>
public static class VersionComparison
{
    public sealed record Row(string Label, string? Alias, string? Old, string? Current)
    {
        public bool Changed => !string.Equals(Old ?? string.Empty, Current ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Culture "" is the shared table.</summary>
    public sealed record Table(string Culture, IReadOnlyList<Row> Rows);

    /// <summary>Every item a value of either version picks, so the page can name them (one query for the whole page).</summary>
    public static HashSet<Guid> References(ContentSchema schema, ContentType type, params ContentData[] versions)
    {
        var context = new EditorContext(schema);
        var keys = new HashSet<Guid>();
        foreach (var data in versions)
        {
            foreach (var p in schema.PropertiesOf(type))
            {
                var editor = schema.EditorOf(p);
                foreach (var stored in data.Values.GetValueOrDefault(p.Alias)?.Values.ToList() ?? [])
                {
                    keys.UnionWith(editor.References(editor.ToIntermediate(stored, schema.DataTypeOf(p), context)));
                }
            }
        }

        return keys;
    }

    public static IReadOnlyList<Table> Compare(ContentSchema schema, ContentType type, ContentData old, ContentData current, BackOfficeText T, IReadOnlyDictionary<Guid, string> names)
    {
        string? Display(PropertyType p, string? value) => VersionComparison.Display(schema, p, value, T, names);
        var properties = schema.PropertiesOf(type);
        var tables = new List<Table>();
        var cultures = type.VariesByCulture ? schema.Languages.Select(l => l.IsoCode).ToList() : [string.Empty];
        foreach (var culture in cultures)
        {
            var rows = new List<Row> { new("Ime", null, old.Names.GetValueOrDefault(culture), current.Names.GetValueOrDefault(culture)) };
            rows.AddRange(properties.Where(p => Publishing.ValueCulture(type, p, culture) == culture)
                .Select(p => new Row(p.Name, p.Alias, Display(p, old.Value(p.Alias, culture)), Display(p, current.Value(p.Alias, culture)))));
            tables.Add(new Table(culture, rows));
        }

        if (type.VariesByCulture)
        {
            var shared = properties.Where(p => Publishing.ValueCulture(type, p, "x") == string.Empty)
                .Select(p => new Row(p.Name, p.Alias, Display(p, old.Value(p.Alias, string.Empty)), Display(p, current.Value(p.Alias, string.Empty))))
                .ToList();
            if (shared.Count > 0)
            {
                tables.Add(new Table(string.Empty, shared));
            }
        }

        return tables;
    }

    /// <summary>
    /// Rich text as its text (never markup on this page); other values as the approval comparison shows them: what they
    /// say, a list's options in the reader's language, picked items by name, never storage JSON (review B20).
    /// </summary>
    public static string? Display(ContentSchema schema, PropertyType property, string? value, BackOfficeText T, IReadOnlyDictionary<Guid, string> names)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        // A date is a calendar value (no zone to change), in the reader's date format as the dashboard shows review dates,
        // never its storage form "2026-09-15 00:00:00" (B23: dates in one format).
        if (property.EditorAlias == "Umbraco.DateTime" && DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return T.Calendar(date);
        }

        if (property.EditorAlias != "Umbraco.RichText")
        {
            return DraftComparison.ValueText(schema, property, value, T, names, new EditorContext(schema));
        }

        var markup = value;
        if (value.TrimStart().StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(value);
                markup = doc.RootElement.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return HtmlSanitizer.ToPlainText(HtmlSanitizer.Sanitize(markup));
    }
}
