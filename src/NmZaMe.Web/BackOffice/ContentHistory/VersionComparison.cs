using System.Text.Json;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

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

    public static IReadOnlyList<Table> Compare(ContentSchema schema, ContentType type, ContentData old, ContentData current)
    {
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

    /// <summary>Rich text as its text (never markup on this page); other values as stored.</summary>
    public static string? Display(PropertyType property, string? value)
    {
        if (string.IsNullOrEmpty(value) || property.EditorAlias != "Umbraco.RichText")
        {
            return value;
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
