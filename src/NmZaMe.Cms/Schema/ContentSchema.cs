using System.Collections.Frozen;
using NmZaMe.Cms.Editors;

namespace NmZaMe.Cms.Schema;

/// <summary>
/// The immutable, fully resolved schema: languages, data types and content types with their compositions merged.
/// Built once per import and shared by the published snapshot and the write path.
/// </summary>
public sealed class ContentSchema
{
    private readonly FrozenDictionary<string, ContentType> _byAlias;
    private readonly FrozenDictionary<Guid, ContentType> _byKey;
    private readonly FrozenDictionary<string, IReadOnlyList<PropertyType>> _composed;

    public ContentSchema(IEnumerable<Language> languages, IEnumerable<DataType> dataTypes, IEnumerable<ContentType> contentTypes, PropertyEditorCollection editors)
    {
        Editors = editors;
        Languages = languages.OrderByDescending(l => l.IsDefault).ThenBy(l => l.IsoCode, StringComparer.Ordinal).ToArray();
        DefaultCulture = Languages.FirstOrDefault(l => l.IsDefault)?.IsoCode ?? Languages.FirstOrDefault()?.IsoCode ?? "sl-SI";
        DataTypes = dataTypes.ToFrozenDictionary(d => d.Key);
        var all = contentTypes.Concat(BuiltInMediaTypes.All).ToArray();
        AllContentTypesIncludingDuplicates = all;
        // Duplicates are reported by the import's validation; the schema itself keeps the first.
        _byAlias = all.GroupBy(c => c.Alias, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _byKey = all.GroupBy(c => c.Key).ToFrozenDictionary(g => g.Key, g => g.First());
        _composed = _byAlias.Values.ToFrozenDictionary(c => c.Alias, Compose, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Language> Languages { get; }

    public string DefaultCulture { get; }

    public FrozenDictionary<Guid, DataType> DataTypes { get; }

    public PropertyEditorCollection Editors { get; }

    public IEnumerable<ContentType> ContentTypes => _byKey.Values;

    public IEnumerable<ContentType> AllContentTypesIncludingDuplicates { get; private set; } = [];

    public ContentType? GetContentType(string alias) => _byAlias.GetValueOrDefault(alias);

    public ContentType? GetContentType(Guid key) => _byKey.GetValueOrDefault(key);

    /// <summary>Own properties plus those of every composition, in tab and sort order.</summary>
    public IReadOnlyList<PropertyType> PropertiesOf(ContentType type) => _composed[type.Alias];

    public PropertyType? Property(ContentType type, string alias) =>
        PropertiesOf(type).FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.Ordinal));

    public DataType DataTypeOf(PropertyType property) => DataTypes[property.DataTypeKey];

    public IPropertyEditor EditorOf(PropertyType property) => Editors.Get(property.EditorAlias);

    public bool IsKnownCulture(string culture) => Languages.Any(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase));

    public string? NormaliseCulture(string? culture) =>
        culture is null ? null : Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.IsoCode;

    private IReadOnlyList<PropertyType> Compose(ContentType type)
    {
        var result = new List<PropertyType>();
        var seen = new HashSet<Guid>();
        void Add(ContentType t)
        {
            if (!seen.Add(t.Key))
            {
                return;
            }

            foreach (var c in t.Compositions)
            {
                if (_byKey.TryGetValue(c.Key, out var composed) || _byAlias.TryGetValue(c.Alias, out composed))
                {
                    Add(composed);
                }
            }

            result.AddRange(t.Properties);
        }

        Add(type);
        return result
            .GroupBy(p => p.Alias, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(p => TabOrder(type, p.TabAlias)).ThenBy(p => p.SortOrder)
            .ToArray();
    }

    private int TabOrder(ContentType type, string? tabAlias)
    {
        var tab = type.Tabs.FirstOrDefault(t => t.Alias == tabAlias)
            ?? type.Compositions.Select(c => _byKey.GetValueOrDefault(c.Key)).SelectMany(c => c?.Tabs ?? []).FirstOrDefault(t => t.Alias == tabAlias);
        return tab?.SortOrder ?? int.MaxValue;
    }
}
