using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>A property value as the snapshot holds it: parsed once at publish, per culture ("" = invariant).</summary>
public sealed class PublishedProperty(PropertyType type, DataType dataType, IPropertyEditor editor, IReadOnlyDictionary<string, object?> values)
{
    public PropertyType Type { get; } = type;

    public DataType DataType { get; } = dataType;

    public IPropertyEditor Editor { get; } = editor;

    public string Alias => Type.Alias;

    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public object? Value(string culture) =>
        Values.GetValueOrDefault(Type.VariesByCulture ? culture : string.Empty);
}
