using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// A property value as the snapshot holds it: parsed once at publish, per culture ("" = invariant). Kept as two small
/// arrays rather than a dictionary, since a large catalogue holds millions of these.
/// </summary>
public sealed class PublishedProperty
{
    private readonly string[]? _cultures;
    private readonly object?[]? _values;
    private readonly object? _invariant;

    public PublishedProperty(PropertyType type, DataType dataType, IPropertyEditor editor, IReadOnlyDictionary<string, object?> values)
    {
        Type = type;
        DataType = dataType;
        Editor = editor;
        if (values.Count == 1 && values.TryGetValue(string.Empty, out var invariant))
        {
            // Most properties are invariant: one value, no arrays.
            _invariant = invariant;
            return;
        }

        _cultures = values.Keys.ToArray();
        _values = values.Values.ToArray();
    }

    public PropertyType Type { get; }

    public DataType DataType { get; }

    public IPropertyEditor Editor { get; }

    public string Alias => Type.Alias;

    public object? Value(string culture)
    {
        var wanted = Type.VariesByCulture ? culture : string.Empty;
        if (_cultures is null)
        {
            return wanted.Length == 0 ? _invariant : null;
        }

        for (var i = 0; i < _cultures.Length; i++)
        {
            if (string.Equals(_cultures[i], wanted, StringComparison.OrdinalIgnoreCase))
            {
                return _values![i];
            }
        }

        return null;
    }
}
