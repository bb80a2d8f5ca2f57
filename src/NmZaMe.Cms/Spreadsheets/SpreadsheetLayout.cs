using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>What a spreadsheet column holds: a fixed column, a property's stored value, or the names of a picker's items.</summary>
public enum ColumnKind
{
    Key,
    Type,
    ParentKey,
    ParentName,
    Name,
    Value,
    PickedNames,
}

/// <summary>One column: its header, what it holds, the property (if any) and the culture ("" when invariant).</summary>
public sealed record SpreadsheetColumn(string Header, ColumnKind Kind, string? Alias, string Culture);

/// <summary>
/// The column layout of the catalogue spreadsheet (docs/spreadsheets.md), read from the document types so a property
/// added to organisations or services appears without a code change. Culture-variant columns carry the language's short
/// code as a suffix (".sl", ".en"), the same in every export, so a file of one culture imports like a file of both.
/// </summary>
public sealed class SpreadsheetLayout
{
    /// <summary>The document types the spreadsheet carries, in row order.</summary>
    public static readonly IReadOnlyList<string> Types = ["organisation", "service"];

    private static readonly HashSet<string> DocumentPickers = new(StringComparer.Ordinal) { "Umbraco.ContentPicker", "Umbraco.MultiNodeTreePicker" };

    private SpreadsheetLayout(IReadOnlyList<SpreadsheetColumn> columns, IReadOnlyList<string> cultures)
    {
        Columns = columns;
        Cultures = cultures;
    }

    public IReadOnlyList<SpreadsheetColumn> Columns { get; }

    /// <summary>The ISO codes of the cultures in the file (e.g. "sl-SI").</summary>
    public IReadOnlyList<string> Cultures { get; }

    /// <summary>The suffix of a culture's columns: the language part of its ISO code ("sl-SI" → "sl").</summary>
    public static string Suffix(string culture) => culture.Split('-')[0].ToLowerInvariant();

    public static bool IsDocumentPicker(PropertyType property) => DocumentPickers.Contains(property.EditorAlias);

    /// <summary>The layout for <paramref name="cultures"/> (ISO codes of configured languages, in the schema's order).</summary>
    public static SpreadsheetLayout For(ContentSchema schema, IEnumerable<string> cultures)
    {
        var wanted = schema.Languages.Select(l => l.IsoCode).Where(c => cultures.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var columns = new List<SpreadsheetColumn>
        {
            new("key", ColumnKind.Key, null, string.Empty),
            new("type", ColumnKind.Type, null, string.Empty),
            new("parent.key", ColumnKind.ParentKey, null, string.Empty),
            new("parent.name", ColumnKind.ParentName, null, string.Empty),
        };
        columns.AddRange(wanted.Select(c => new SpreadsheetColumn("name." + Suffix(c), ColumnKind.Name, null, c)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in Types.Select(schema.GetContentType).OfType<ContentType>())
        {
            foreach (var property in schema.PropertiesOf(type).OrderBy(p => p.SortOrder))
            {
                if (!seen.Add(property.Alias))
                {
                    continue;
                }

                var variant = type.VariesByCulture && property.VariesByCulture;
                foreach (var culture in variant ? wanted : [string.Empty])
                {
                    var header = culture.Length == 0 ? property.Alias : property.Alias + "." + Suffix(culture);
                    columns.Add(new(header, ColumnKind.Value, property.Alias, culture));
                    if (IsDocumentPicker(property))
                    {
                        columns.Add(new(header + ".names", ColumnKind.PickedNames, property.Alias, culture));
                    }
                }
            }
        }

        return new SpreadsheetLayout(columns, wanted);
    }
}
